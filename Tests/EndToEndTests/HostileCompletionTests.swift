import Foundation
import KamakiAPI
import KamakiTestSupport
import Synchronization
import Testing

/// A cloud that returns ids and names made of shell syntax and terminal control sequences: the
/// committed bash, zsh and fish completion scripts, in the real shells, never run them and never
/// offer them. Once through the built `kamaki` (its id cache keeps only well-formed ids), once
/// with a stand-in `kamaki` that prints the hostile words itself (the scripts alone).
@Suite(.serialized, .temporaryDirectoriesPerTest) struct HostileCompletionTests {
    static let uuid = "b2f7c7a0-5c1e-4a53-9b1c-0d4f7e2e1a11"

    /// The words a hostile cloud (or the stand-in) offers; each would create `marker` if run.
    static func hostileWords(marker: String) -> [String] {
        [
            "$(touch \(marker))", "`touch \(marker)`", "5;touch \(marker)", "6\ntouch \(marker)", "*",
            "\u{1b}]0;pwned\u{07}", "\u{1b}[2Jwiped", "-rf",
        ]
    }

    /// The names of the two well-formed networks: the second sets the terminal's title if shown raw.
    static let hostileNames = ["net0", "\u{1b}]0;pwned\u{07}named"]

    /// The fault `network info 999` gets: its message sets the terminal's title if shown raw.
    static let hostileFault = #"{"itemNotFound": {"code": 404, "message": "gone\u001b]0;pwned\u0007", "details": ""}}"#

    /// A folder for one test: HOME, the marker, the stand-in.
    struct Place {
        let home: String
        let marker: String
        var environment: [String: String]

        init() throws {
            var environment = try BinaryRun.freshEnvironment()
            home = try #require(environment["HOME"])
            marker = home + "/RAN"
            environment["PATH"] = BuiltProducts.directory + ":/usr/bin:/bin"
            environment["TERM"] = "screen"
            self.environment = environment
        }

        /// Puts a stand-in `kamaki` that prints `words` first on PATH.
        mutating func standIn(printing words: [String]) throws {
            let folder = home + "/stand-in"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let printf = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            try "#!/bin/sh\nprintf '%s\\n' \(printf)\n".write(toFile: folder + "/kamaki", atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/kamaki")
            environment["PATH"] = folder + ":" + (environment["PATH"] ?? "")
        }
    }

    /// A fake Synnefo cloud whose network list holds the hostile ids and names, configured as the default cloud.
    static func hostileCloud(_ place: Place) throws -> FaultServer {
        let base = Mutex("")
        let words = hostileWords(marker: place.marker)
        let networks = JSON.object(
            JSONObject([
                (
                    "networks",
                    .array(
                        (["1", uuid] + words).enumerated().map { index, id in
                            .object(
                                JSONObject([
                                    ("id", .string(id)), ("name", .string(index < 2 ? hostileNames[index] : words[index % words.count])),
                                    ("status", "ACTIVE"), ("public", .bool(false)),
                                ]))
                        })
                )
            ]))
        let server = try FaultServer { request in
            if request.path.hasSuffix("/tokens") {
                return .json(200, FaultCloudReplies.access(baseURL: base.withLock { $0 }, token: "t0ken"))
            }
            if request.path.hasSuffix("/999") { return .json(404, hostileFault) }
            return .json(200, networks.serialized())
        }
        base.withLock { $0 = server.baseURL }
        let kamaki = BinaryRun.product("kamaki")
        for (key, value) in [("cloud.default.url", server.baseURL + "/identity/v2.0"), ("cloud.default.token", "t0ken")] {
            let set = try BinaryRun.run(kamaki, ["config", "set", key, value], environment: place.environment)
            #expect(set.status == 0, "\(set.err)")
        }
        let list = try BinaryRun.run(kamaki, ["network", "list"], environment: place.environment)
        #expect(list.status == 0, "\(list.err)")
        #expect(!list.out.contains("\u{1b}"), "list output escapes control characters: \(list.out.debugDescription)")
        return server
    }

    // MARK: - bash

    static func bashCandidates(_ place: Place) throws -> [String] {
        let line = "kamaki network info "
        let program = """
            source '\(BinaryRun.packageRoot)/completions/kamaki.bash'
            COMP_WORDS=(kamaki network info ''); COMP_CWORD=3; COMP_LINE='\(line)'; COMP_POINT=\(line.utf8.count)
            _kamaki kamaki '' info
            printf '%s\\0' "${COMPREPLY[@]}"
            """
        let run = try BinaryRun.run(
            "/bin/bash", ["--norc", "--noprofile", "-c", program], environment: place.environment, directory: place.home)
        #expect(run.status == 0, "\(run.err)")
        return run.out.split(separator: "\0").map(String.init)
    }

    @Test func bashThroughKamaki() throws {
        let place = try Place()
        let server = try Self.hostileCloud(place)
        defer { server.stop() }
        #expect(try Self.bashCandidates(place).sorted() == ["1", Self.uuid])
        #expect(!FileManager.default.fileExists(atPath: place.marker), "a completion ran the cloud's text")
    }

    @Test func bashScriptAlone() throws {
        var place = try Place()
        try place.standIn(printing: ["1", Self.uuid] + Self.hostileWords(marker: place.marker))
        // One candidate a line: "6\ntouch …" is the id 6 and a line that is dropped.
        #expect(try Self.bashCandidates(place).sorted() == ["1", "6", Self.uuid])
        #expect(!FileManager.default.fileExists(atPath: place.marker), "the script ran a candidate")
    }

    // MARK: - zsh and fish, interactive in tmux

    enum Shell: String, CaseIterable {
        case zsh, fish
    }

    /// Types `kamaki network info ` and Tab in an interactive `shell` with the committed script
    /// loaded; returns the screen once the well-formed candidates are listed.
    static func interactiveCandidates(_ shell: Shell, _ place: Place) throws -> (screen: String, title: String) {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell.rawValue)"), "install \(shell.rawValue) (make deps)")
        let variables = ["HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "PATH", "TERM", "KAMAKI_COMMAND_SERVER"].compactMap { key in
            place.environment[key].map { ShellTmux.quoted("\(key)=\($0)") }
        }
        let start = "cd \(ShellTmux.quoted(place.home)) && env -i " + variables.joined(separator: " ")
        let setup: String
        switch shell {
        case .zsh:
            let pane = try ShellTmux(command: start + " zsh -f", home: place.home)
            setup = "fpath=(\(BinaryRun.packageRoot)/completions $fpath); autoload -Uz compinit; compinit -u -D; echo RE''ADY"
            return try complete(in: pane, setup: setup)
        case .fish:
            let pane = try ShellTmux(command: start + " fish --no-config", home: place.home)
            setup = "source \(BinaryRun.packageRoot)/completions/kamaki.fish; echo RE''ADY"
            return try complete(in: pane, setup: setup)
        }
    }

    static func complete(in pane: ShellTmux, setup: String) throws -> (screen: String, title: String) {
        try pane.type(setup)
        try pane.press("Enter")
        try pane.waitFor("the script to load") { $0.split(separator: "\n").contains("READY") }
        try pane.type("kamaki network info ")
        try pane.press("Tab")
        let screen = try pane.waitFor("the candidates") { $0.contains(uuid) }
        let title = try pane.tmux(["display-message", "-p", "-t", "main", "#{pane_title}"])
        return (screen, title)
    }

    static func expectNothingHostile(_ result: (screen: String, title: String), _ place: Place) {
        let screen = result.screen
        #expect(screen.contains(uuid) && screen.contains("1"), "\(screen)")
        for word in ["touch", "pwned", "wiped", "-rf", "^[", "␛", "*"] {
            #expect(!screen.contains(word), "offered \(word):\n\(screen)")
        }
        #expect(!result.title.contains("pwned"), "the pane title was set: \(result.title)")
        #expect(!FileManager.default.fileExists(atPath: place.marker), "a completion ran a candidate")
    }

    @Test(arguments: Shell.allCases) func interactiveThroughKamaki(shell: Shell) throws {
        let place = try Place()
        let server = try Self.hostileCloud(place)
        defer { server.stop() }
        Self.expectNothingHostile(try Self.interactiveCandidates(shell, place), place)
    }

    @Test(arguments: Shell.allCases) func interactiveScriptAlone(shell: Shell) throws {
        var place = try Place()
        try place.standIn(printing: ["1", Self.uuid] + Self.hostileWords(marker: place.marker))
        Self.expectNothingHostile(try Self.interactiveCandidates(shell, place), place)
    }
}
