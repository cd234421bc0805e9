import Foundation
import Testing

/// The built `kamaki` shell in a tmux pane of its own tmux server (`tmux -L`), 120×40, driven with
/// `send-keys` and read with `capture-pane`. Every wait polls the screen until a condition holds
/// or a deadline passes; nothing waits for a fixed time.
final class ShellTmux {
    let socket = "kamaki-e2e-\(UUID().uuidString.prefix(8))"
    /// The test's HOME; XDG_STATE_HOME and XDG_CACHE_HOME are inside it, so the embedded cloud is fresh.
    let home: String
    static let exitMarker = "[kamaki exited "

    /// Starts `kamaki` (with `arguments`) in a new HOME, or in `home` to continue an earlier session.
    /// With `jobControl`, the pane runs an interactive bash (prompt `$ `) that starts `kamaki` as
    /// a job, so Ctrl-Z stops it and `fg` resumes it.
    /// `environment`: more `NAME=value` entries, set after the defaults, so they win (`TERM=xterm-256color`).
    init(
        home: String? = nil, arguments: [String] = [], locale: String? = nil, jobControl: Bool = false, environment extra: [String] = []
    ) throws {
        if let home {
            self.home = home
        } else {
            self.home = NSTemporaryDirectory() + "kamaki-shell-e2e-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: self.home, withIntermediateDirectories: true)
        }
        let kamaki = BinaryRun.product("kamaki")
        try #require(FileManager.default.isExecutableFile(atPath: kamaki), "build kamaki first (swift build)")
        var variables = [
            "HOME=\(self.home)", "XDG_STATE_HOME=\(self.home)/state", "XDG_CACHE_HOME=\(self.home)/cache",
            "PATH=/usr/bin:/bin", "TERM=screen", "KAMAKI_COMMAND_SERVER=off",
            // Output longer than the pane would open the pager (less) and wait for a key; the pager's
            // own tests set PAGER (a pager of cat is no pager).
            "PAGER=cat",
        ]
        if let locale { variables.append("LANG=\(locale)") }
        variables += extra
        let environment = "env -i " + variables.map(Self.quoted).joined(separator: " ") + " "
        let kamakiLine = ([kamaki] + arguments).map(Self.quoted).joined(separator: " ")
        let command =
            jobControl
            ? environment + "PS1='$ ' bash --norc --noprofile -i"
            : environment + kamakiLine + "; echo \"\(Self.exitMarker)$?]\"; exec sleep 3600"
        // The server this starts would inherit a stdout pipe and keep it open: don't capture. The
        // shell starts in its HOME, so whatever it writes (a redirect, a pager's save) stays there.
        try tmux(
            ["-f", "/dev/null", "new-session", "-d", "-s", "main", "-c", self.home, "-x", "120", "-y", "40", command], capture: false)
        try tmux(["set-option", "-t", "main", "history-limit", "10000"])
        if jobControl {
            _ = try waitFor("bash's prompt") { $0.hasSuffix("$") }
            try type(kamakiLine)
            try press("Enter")
        }
    }

    /// Runs `command` (another shell, say) in the pane instead of kamaki; `home` is the caller's.
    init(command: String, home: String) throws {
        self.home = home
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "120", "-y", "40", command], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
    }

    /// Removes the HOME (call when no later session continues it).
    func removeHome() {
        try? FileManager.default.removeItem(atPath: home)
    }

    // MARK: - keys

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", "--", text])
    }

    /// Presses keys by tmux name: `Enter`, `Tab`, `C-c`, `Up`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    // MARK: - screen

    /// The whole pane with its scrollback, wrapped lines joined, trailing blanks and blank lines dropped.
    func screen() throws -> String {
        let text = try tmux(["capture-pane", "-p", "-J", "-S", "-10000", "-t", "main"])
        // -J keeps trailing blanks; drop them so lines read as printed.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Polls the screen until `condition` holds; records an issue with the screen on timeout.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Duration = .seconds(30), sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var current = try screen()
        while !condition(current) {
            if ContinuousClock.now >= deadline {
                Issue.record("timed out waiting for \(what); screen:\n\(current)", sourceLocation: sourceLocation)
                return current
            }
            usleep(30_000)
            current = try screen()
        }
        return current
    }

    /// Lines that are prompts (`[local ip server:142]: …`).
    static func promptLines(_ screen: String) -> [Substring] {
        screen.split(separator: "\n").filter { Self.isPrompt($0) }
    }

    static func isPrompt(_ line: Substring) -> Bool {
        line.hasPrefix("[") && line.contains("]: ") || (line.hasPrefix("[") && line.hasSuffix("]:"))
    }

    /// Waits for the first prompt.
    @discardableResult
    func waitForPrompt(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitFor("the prompt", sourceLocation: sourceLocation) { Self.lastLineIsPrompt($0) }
    }

    static func lastLineIsPrompt(_ screen: String) -> Bool {
        guard let last = screen.split(separator: "\n").last else { return false }
        return isPrompt(last)
    }

    /// Types a line, presses Enter, waits for the next prompt, and returns what was printed between.
    func run(_ line: String, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let before = Self.promptLines(try screen()).count
        try type(line)
        try press("Enter")
        let after = try waitFor("the prompt after \(line)", timeout: timeout, sourceLocation: sourceLocation) {
            Self.promptLines($0).count > before && Self.lastLineIsPrompt($0)
        }
        return Self.outputOfLastCommand(after)
    }

    /// The lines between the last command's prompt line and the final prompt.
    static func outputOfLastCommand(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let last = lines.lastIndex(where: { isPrompt($0) }),
            let command = lines[..<last].lastIndex(where: { isPrompt($0) })
        else { return "" }
        return lines[(command + 1)..<last].joined(separator: "\n")
    }

    /// The prompt now shown (the last line).
    func prompt() throws -> String {
        String(try screen().split(separator: "\n").last ?? "")
    }

    // MARK: - tmux

    /// Runs a tmux client and returns what it printed. Spawned with every descriptor above
    /// stderr closed and its output in a file: a tmux server it starts must not inherit this
    /// process's pipes or sockets (Foundation's Process would then wait for it forever).
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap({ Int32($0) }) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        // Like a login shell's child: no blocked signals, default dispositions (the test
        // runner's threads block some, and a tmux server would pass that on to kamaki).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
