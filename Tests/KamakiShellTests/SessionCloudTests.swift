import Foundation
import KamakiAPI
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiShell

/// A shell session in a private HOME whose config the test writes, against local clouds.
final class SessionHarness: @unchecked Sendable {
    let home: String
    let runner: CommandRunner
    let output = BufferedOutput()
    let shell: Shell

    init(home: String, config: String) throws {
        self.home = home
        try config.write(toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
        let variables = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache"]
        runner = CommandRunner(environment: RunEnvironment(variables: variables, homeDirectory: home))
        shell = Shell(runner: runner, output: output, connection: try? runner.sessionConnection(arguments: [], output: output))
    }

    /// Runs a line on a thread of its own, as the shell runs them (each blocks until done); its status.
    func execute(_ line: String) async -> Int32 {
        let outcome = await withCheckedContinuation { done in Thread { done.resume(returning: self.shell.execute(line)) }.start() }
        switch outcome {
        case .next(let status), .finish(let status): return status
        }
    }

    /// What the shell does before each prompt: re-reads the cloud if the config changed. On a thread of
    /// its own too: it may close the old connection, blocking until that is done, which must not hold one
    /// of the few cooperative threads (two such waits at once would leave none to do the closing).
    func followConfigChanges() async {
        await withCheckedContinuation { done in
            Thread {
                self.shell.followConfigChanges()
                done.resume()
            }.start()
        }
    }

    /// The error stream since the last call.
    private var errorSeen = 0
    func newErrors() -> String {
        let all = output.error
        defer { errorSeen = all.count }
        return String(all.dropFirst(errorSeen))
    }

    /// The standard output since the last call.
    private var standardSeen = 0
    func newOutput() -> String {
        let all = output.standard
        defer { standardSeen = all.count }
        return String(all.dropFirst(standardSeen))
    }

    /// The candidates Tab offers for `text` at the top.
    func candidates(_ text: String) -> [String] {
        shell.completer.complete(text, group: nil).matches.map(\.value)
    }

    func close() async {
        await shell.connection?.close()
    }

    static func cloud(_ name: String, _ url: String, _ token: String) -> String {
        "[cloud \"\(name)\"]\nurl = \(url)\ntoken = \(token)\n\n"
    }
}

/// The session's cloud follows the config file (issue 16, item 1) and `use cloud` (item 7).
@Suite("Shell: the session's cloud")
struct SessionCloudTests {
    @Test("config set cloud.default.url: the next line goes to the new URL")
    func newURL() async throws {
        try await withLocalCloud { cloud in
            try await withTemporaryDirectory { home in
                let dead = "http://127.0.0.1:\(try FaultServer.closedPort())/identity/v2.0"
                let session = try SessionHarness(home: home, config: SessionHarness.cloud("default", dead, cloud.tokens[0]))
                #expect(await session.execute("network list") != ExitStatus.success)
                #expect(await session.execute("config set cloud.default.url \(cloud.identityURL)") == ExitStatus.success)
                _ = session.newErrors()
                #expect(await session.execute("network list") == ExitStatus.success, "\(session.newErrors())")
                #expect(session.newOutput().contains("1 public_network"))
                #expect(session.shell.context.prompt == "[default]: ")
                await session.close()
            }
        }
    }

    @Test("config set default_cloud switches the prompt and the commands; deleting that cloud leaves none")
    func defaultCloud() async throws {
        try await withLocalCloud { a in
            try await withLocalCloud { x in
                try await withTemporaryDirectory { home in
                    let config =
                        "[global]\ndefault_cloud = a\n\n" + SessionHarness.cloud("a", a.identityURL, a.tokens[0])
                        + SessionHarness.cloud("x", x.identityURL, x.tokens[0])
                    let session = try SessionHarness(home: home, config: config)
                    #expect(await session.execute("use network 1") == ExitStatus.success)
                    #expect(session.shell.context.prompt == "[a network:1]: ")
                    #expect(await session.execute("config set default_cloud x") == ExitStatus.success)
                    // Checked before the next prompt: the prompt names the new cloud; the old cloud's selection is gone.
                    await session.followConfigChanges()
                    #expect(session.shell.context.prompt == "[x]: ")
                    #expect(session.newErrors().contains("kamaki: the config changed; commands now use cloud \"x\""))
                    #expect(await session.execute("network create --name=on-x") == ExitStatus.success, "\(session.newErrors())")
                    let onX = try await CloudAPI(x).get("/network/v2.0/networks").body
                    let onA = try await CloudAPI(a).get("/network/v2.0/networks").body
                    #expect(onX.contains("on-x") && !onA.contains("on-x"))

                    #expect(await session.execute("config delete cloud.x") == ExitStatus.success)
                    await session.followConfigChanges()
                    #expect(session.shell.context.prompt == "[kamaki]: ")
                    #expect(session.newErrors().contains("no cloud can be used: No cloud \"x\" is configured"))
                    // Commands fail as the config says, and never fall back to another cloud.
                    #expect(await session.execute("network list") == ExitStatus.failure)
                    #expect(session.newErrors().contains("No cloud \"x\" is configured"))
                    #expect(await session.execute("config set default_cloud a") == ExitStatus.success)
                    #expect(await session.execute("network list") == ExitStatus.success)
                    #expect(session.shell.context.prompt == "[a]: ")
                    await session.close()
                }
            }
        }
    }

    @Test("a second cloud without a default: no cloud until one is chosen; use cloud chooses; errors list the clouds")
    func secondCloudAndUseCloud() async throws {
        try await withLocalCloud { a in
            try await withLocalCloud { b in
                try await withTemporaryDirectory { home in
                    let session = try SessionHarness(home: home, config: SessionHarness.cloud("a", a.identityURL, a.tokens[0]))
                    #expect(session.shell.context.prompt == "[a]: ")
                    #expect(await session.execute("config set cloud.b.url \(b.identityURL)") == ExitStatus.success)
                    await session.followConfigChanges()
                    #expect(session.shell.context.prompt == "[kamaki]: ")
                    #expect(session.newErrors().contains("Found 2 clouds but none of them is set as default"))
                    #expect(await session.execute("network list") != ExitStatus.success)
                    #expect(session.newErrors().contains("Found 2 clouds but none of them is set as default"))

                    // b has no token yet: its error block; the session stays as it was.
                    #expect(await session.execute("use cloud b") == ExitStatus.failure)
                    #expect(session.newErrors().contains("No authentication TOKEN provided for cloud \"b\""))
                    #expect(session.shell.context.prompt == "[kamaki]: ")
                    #expect(await session.execute("config set cloud.b.token \(b.tokens[0])") == ExitStatus.success)
                    #expect(await session.execute("use cloud b") == ExitStatus.success, "\(session.newErrors())")
                    #expect(session.shell.context.prompt == "[b]: ")
                    #expect(await session.execute("network create --name=on-b") == ExitStatus.success, "\(session.newErrors())")
                    #expect(try await CloudAPI(b).get("/network/v2.0/networks").body.contains("on-b"))
                    _ = session.newOutput()
                    #expect(await session.execute("context") == ExitStatus.success)
                    #expect(session.newOutput().contains("cloud:   b\n"))

                    // Unknown names are a usage error that lists the known ones; nothing changes.
                    #expect(await session.execute("use server 141") == ExitStatus.success)
                    _ = session.newErrors()
                    #expect(await session.execute("use cloud c") == ExitStatus.usage)
                    #expect(session.newErrors() == "use cloud: no cloud \"c\" is configured (did you mean a?); the clouds are: a, b\n")
                    #expect(session.shell.context.prompt == "[b server:141]: ")
                    #expect(session.candidates("use cloud ") == ["a", "b"])

                    // Switching clears the selections: they belong to the other cloud.
                    #expect(await session.execute("use cloud a") == ExitStatus.success)
                    #expect(session.shell.context.prompt == "[a]: ")
                    #expect(await session.execute("network list") == ExitStatus.success)
                    #expect(!session.newOutput().contains("on-b"))
                    // The choice holds over config changes that do not touch it.
                    #expect(await session.execute("config set global.colors off") == ExitStatus.success)
                    await session.followConfigChanges()
                    #expect(session.shell.context.prompt == "[a]: ")
                    await session.close()
                }
            }
        }
    }

    @Test("ip attach and detach update what Tab offers at once")
    func attachDetachCompletion() async throws {
        try await withLocalCloud { cloud in
            try await withTemporaryDirectory { home in
                let session = try SessionHarness(home: home, config: SessionHarness.cloud("default", cloud.identityURL, cloud.tokens[0]))
                // Tab offers only the free IPs to attach and the attached ones to detach (all when none is such).
                var ids: [String] = []
                for _ in 0..<2 {
                    #expect(await session.execute("ip create --network-id=1") == ExitStatus.success)
                    ids += session.newOutput().split(separator: "\n").filter { $0.hasPrefix("id: ") }.map { String($0.dropFirst(4)) }
                }
                try #require(ids.count == 2)
                #expect(await session.execute("ip list") == ExitStatus.success)
                #expect(session.candidates("ip attach ") == ids)
                #expect(await session.execute("ip attach \(ids[0]) --server-id=141") == ExitStatus.success, "\(session.newErrors())")
                #expect(session.candidates("ip attach ") == [ids[1]], "the attached one is no longer free")
                #expect(session.candidates("ip detach ") == [ids[0]])
                #expect(await session.execute("ip detach \(ids[0])") == ExitStatus.success, "\(session.newErrors())")
                #expect(session.candidates("ip attach ") == ids, "free again")
                await session.close()
            }
        }
    }
}

/// `use cloud NAME`'s decision, as a table.
@Suite("CloudChoice")
struct CloudChoiceTests {
    @Test(
        arguments: [
            ("lab", ["default", "lab", "local"], nil),
            ("local", ["default", "local"], nil),
            ("lb", ["default", "lab"], "use cloud: no cloud \"lb\" is configured (did you mean lab?); the clouds are: default, lab"),
            ("zzzz", ["default"], "use cloud: no cloud \"zzzz\" is configured; the clouds are: default"),
            ("x\u{1b}[2J", ["default"], "use cloud: no cloud \"x\\x1b[2J\" is configured; the clouds are: default"),
            ("lab", [], "use cloud: no cloud \"lab\" is configured, and none is: kamaki config set cloud.NAME.url URL"),
        ] as [(String, [String], String?)])
    func refusal(name: String, known: [String], message: String?) {
        #expect(CloudChoice.refusal(name, known: known)?.message == message)
    }
}

/// Which ids a command line makes the shell fetch again, or mark stale.
@Suite("IDChanges")
struct IDChangesTests {
    @Test(
        arguments: [
            (["server", "delete", "141"], [], [IDKind.port, .floatingIP]),
            (["server", "create", "--name=x"], [.server], [.port, .floatingIP]),
            (["ip", "attach", "8", "--server-id=141"], [], [.port]),
            (["ip", "create", "--network-id=1"], [.floatingIP], [.port]),
            (["port", "delete", "11", "--wait"], [], [.floatingIP]),
            (["network", "modify", "2", "--name=x"], [.network], [.subnet, .port, .floatingIP]),
            (["-v", "keypair", "upload", "k"], [], []),
            (["local", "reset"], IDKind.allCases, []),
            (["server", "list"], [], []), (["ip", "info", "8"], [], []), (["port", "wait", "11"], [], []),
            (["config", "set", "a", "b"], [], []), (["local", "serve"], [], []), (["network"], [], []),
        ] as [([String], [IDKind], [IDKind])])
    func effects(words: [String], fetch: [IDKind], stale: [IDKind]) {
        let effects = IDChanges.effects(of: words)
        #expect(effects.fetch == fetch && effects.stale == stale)
    }
}
