import Foundation

/// What a run of `kamaki` knows about its process: environment, home, terminals, and
/// how to start the embedded cloud (supplied by the executable, which links `LocalCloud`).
public struct RunEnvironment: Sendable {
    public var variables: [String: String]
    public var homeDirectory: String
    public var stdinIsTerminal: Bool
    public var stdoutIsTerminal: Bool
    public var stderrIsTerminal: Bool
    public var embeddedCloud: (any EmbeddedCloudLauncher)?
    /// The folder relative paths name, when it is not this process's own: a command server
    /// runs each client's command with the client's folder.
    public var workingDirectory: String?
    /// Whether cloud clients share the process's keep-alive connections (the command server's
    /// commands do; a one-shot process has only one client).
    public var sharesConnections = false

    public init(
        variables: [String: String], homeDirectory: String, stdinIsTerminal: Bool = false,
        stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false, embeddedCloud: (any EmbeddedCloudLauncher)? = nil,
        workingDirectory: String? = nil
    ) {
        self.variables = variables
        self.homeDirectory = homeDirectory
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.embeddedCloud = embeddedCloud
        self.workingDirectory = workingDirectory
    }

    /// The environment of the command the command server runs on this task, if any: code that
    /// cannot be handed one (the argument parser's completion callbacks) reads it through
    /// ``current(embeddedCloud:)``.
    @TaskLocal public static var served: RunEnvironment?

    /// The environment of this process, or of the command served on this task.
    public static func current(embeddedCloud: (any EmbeddedCloudLauncher)?) -> RunEnvironment {
        if let served { return served }
        let variables = processVariables()
        return RunEnvironment(
            variables: variables, homeDirectory: variables["HOME"] ?? NSHomeDirectory(),
            stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1, stderrIsTerminal: isatty(2) == 1,
            embeddedCloud: embeddedCloud)
    }

    /// The process's environment variables, read straight from `environ`.
    static func processVariables() -> [String: String] {
        variables(from: processEntries())
    }

    /// The process's environment as `NAME=value` entries, in `environ`'s order.
    public static func processEntries() -> [String] {
        var entries: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            entries.append(String(cString: pointer))
            entry += 1
        }
        return entries
    }

    /// `NAME=value` entries as a dictionary (the first of a repeated name wins, as with getenv).
    public static func variables(from entries: [String]) -> [String: String] {
        var variables: [String: String] = [:]
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            let name = String(entry[..<equals])
            if variables[name] == nil { variables[name] = String(entry[entry.index(after: equals)...]) }
        }
        return variables
    }

    /// The process's file-creation mask (`umask`), read without changing it for long.
    public static func processFileMask() -> UInt32 {
        let mask = umask(0o022)
        umask(mask)
        return UInt32(mask)
    }

    /// The process's current folder; `nil` when it cannot be read or its name is not UTF-8.
    public static func processWorkingDirectory() -> String? {
        guard let folder = getcwd(nil, 0) else { return nil }
        defer { free(folder) }
        return String(validatingCString: folder)
    }

    /// The home folder of the process's user from the account database (not from `HOME`).
    public static func accountHomeDirectory() -> String {
        guard let account = getpwuid(geteuid()), let home = account.pointee.pw_dir else { return "/" }
        return String(cString: home)
    }

    /// A path as this run means it: relative paths are taken from `workingDirectory` when set.
    public func resolve(_ path: String) -> String {
        guard let workingDirectory, !path.hasPrefix("/"), !path.isEmpty else { return path }
        return workingDirectory + "/" + path
    }

    /// The config file: `-c`, else `$KAMAKI_CONFIG`, else `~/.kamakirc`.
    public func configPath(option: String?) -> String {
        if let option { return resolve(option) }
        if let path = variables["KAMAKI_CONFIG"], !path.isEmpty { return resolve(path) }
        return resolve(homeDirectory) + "/.kamakirc"
    }

    /// `$XDG_STATE_HOME/kamaki` (default `~/.local/state/kamaki`).
    public var stateDirectory: String {
        let base = variables["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? homeDirectory + "/.local/state"
        return resolve(base) + "/kamaki"
    }

    /// `$XDG_CACHE_HOME/kamaki` (default `~/.cache/kamaki`).
    public var cacheDirectory: String {
        let base = variables["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? homeDirectory + "/.cache"
        return resolve(base) + "/kamaki"
    }

    /// The history file a config names, its path resolved for this run.
    public func historyFile(config: ConfigFile) -> HistoryFile {
        let history = HistoryFile(config: config, home: homeDirectory)
        return HistoryFile(path: resolve(history.path), limit: history.limit)
    }

    /// The local time zone: `TZ` (a zone name, as `Europe/Athens` or `:Europe/Athens`), else the system's.
    public var timeZone: TimeZone {
        let name = variables["TZ"].map { $0.hasPrefix(":") ? String($0.dropFirst()) : $0 } ?? ""
        if name.isEmpty { return variables["TZ"] == nil ? .current : TimeZone(identifier: "UTC") ?? .current }
        return TimeZone(identifier: name) ?? .current
    }

    /// The embedded cloud's state file.
    public var embeddedStatePath: String { stateDirectory + "/local.sqlite" }
}
