import KamakiCommands

/// The cloud the shell's commands use: the one `use cloud NAME` chose, else the shell's
/// `--cloud`, else the config's default; re-read whenever the config file changes (a `config
/// set` in the shell, an edit in another terminal), so the prompt names the cloud commands use.
/// Lives on the shell's thread.
final class SessionCloud {
    /// What a re-read or a choice did to the session's cloud.
    enum Change: Equatable {
        /// Nothing: the config names the same cloud, with the same address and token.
        case none
        /// Commands use another connection now; `sameCloud`: one of the same name and URL (a new
        /// token, say), whose networks and servers are still the ones the session selected.
        case switched(sameCloud: Bool)
        /// The config names no cloud that can be used; the first line of why.
        case unusable(String)
    }

    let runner: CommandRunner
    /// The shell's global options (`--cloud`, `-c`, `-o`, …).
    let arguments: [String]
    let output: any OutputSink
    /// The config file the cloud comes from.
    let configPath: String
    private(set) var connection: CloudConnection?
    private(set) var refresher: IDRefresher?
    /// The cloud chosen with `use cloud NAME`.
    private(set) var chosen: String?
    private var stamp: ConfigStamp?
    /// Whether the session's background work was started (interactive shells): a new cloud's starts too.
    private var working = false

    init(runner: CommandRunner, arguments: [String], output: any OutputSink, connection: CloudConnection?) {
        self.runner = runner
        self.arguments = arguments
        self.output = output
        self.configPath = runner.sessionConfigPath(arguments: arguments)
        self.stamp = ConfigStamp.of(path: configPath)
        self.connection = connection
        self.refresher = connection.map { IDRefresher(connection: $0) }
    }

    /// What a line's words start with while no cloud can be used: the shell's global options and
    /// its `use cloud` choice, so a cloud command fails as that choice does (and never falls back
    /// to another cloud), while `config` commands, which need none, still run.
    var lineOptions: [String] {
        guard connection == nil else { return [] }
        return arguments + (chosen.map { ["--cloud", $0] } ?? [])
    }

    /// Starts the background work: authentication, the id cache.
    func startBackgroundWork() {
        working = true
        refresher?.warmUp()
        refresher?.refreshAll()
    }

    /// Re-reads the cloud when the config file changed since the last look (one `stat`).
    func adoptConfigChanges() -> Change {
        let now = ConfigStamp.of(path: configPath)
        guard now != stamp else { return .none }
        stamp = now
        do {
            return adopt(try runner.sessionConnection(arguments: arguments, cloud: chosen, output: output))
        } catch {
            let shown = runner.presentation(of: error, columns: nil).text
            let reason = shown.split(separator: "\n").first.map(String.init) ?? shown
            adopt(nil)
            return .unusable(reason)
        }
    }

    /// `use cloud NAME`: the cloud's connection, or the error block that says why it cannot be used.
    func choose(_ name: String) -> Result<Change, CloudChoice.Refusal> {
        if let refusal = CloudChoice.refusal(name, known: runner.sessionCloudNames(arguments: arguments)) { return .failure(refusal) }
        do {
            let made = try runner.sessionConnection(arguments: arguments, cloud: name, output: output)
            stamp = ConfigStamp.of(path: configPath)
            chosen = name
            return .success(adopt(made))
        } catch {
            return .failure(.unusable(runner.presentation(of: error, columns: output.columns).text))
        }
    }

    /// Makes `new` the session's connection unless it is the same cloud; closes the old one.
    @discardableResult
    private func adopt(_ new: CloudConnection?) -> Change {
        let old = connection
        if old?.target == new?.target { return .none }
        connection = new
        refresher = new.map { IDRefresher(connection: $0) }
        if working { startBackgroundWork() }
        if let old {
            _ = CommandTask.run {
                await old.close()
                return 0
            }
        }
        let same = old.map(Self.identity) == new.map(Self.identity)
        return .switched(sameCloud: same)
    }

    /// What makes a cloud the same one: its name and address.
    static func identity(_ connection: CloudConnection) -> String {
        switch connection.target {
        case .embedded: "local"
        case .configured(let cloud): cloud.name + " " + cloud.url
        }
    }
}
