import Foundation

/// How to run a local cloud: where to listen, which state file, which seed, and how long ports settle.
public struct LocalCloudConfiguration: Sendable {
    /// The address to bind; loopback by default.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// The state file, or `:memory:`.
    public var statePath: String
    /// The world a new (or reset) state starts with.
    public var seed: Seed
    /// Seconds a new port stays BUILD, and a deleted attached port stays readable.
    public var settle: Double
    /// Whether to wipe and re-seed the state first.
    public var reset: Bool
    /// Whether a server with a port still in BUILD (or being deleted) refuses other attach/detach requests
    /// with Synnefo's 400 "pending action". Off by default so the tutorial's commands can run back to back.
    public var pendingActions: Bool
    /// Whether SIGINT and SIGTERM stop the server gracefully (for the standalone executable).
    public var handlesSignals: Bool
    /// How long a connection may stay silent, and how long it may take to send a whole request
    /// head (from opening, or from its last response), before it is closed. Longer than the
    /// keep-alive kamaki's clients hold a connection for.
    public var connectionTimeout: Duration = .seconds(90)
    /// The most connections served at once; more wait in the listen queue. By default what the
    /// descriptor limit leaves room for, so the server never runs out of descriptors by accepting.
    public var maximumConnections: Int = LocalCloudConfiguration.defaultMaximumConnections

    public init(
        statePath: String, host: String = "127.0.0.1", port: Int = 0,
        seed: Seed = .tutorial, settle: Double = 1.0, reset: Bool = false
    ) {
        self.statePath = statePath
        self.host = host
        self.port = port
        self.seed = seed
        self.settle = settle
        self.reset = reset
        self.pendingActions = false
        self.handlesSignals = false
    }

    /// What is wrong with a port or a settle time from a command line; nil when both can be used.
    public static func problem(port: Int, settle: Double) -> String? {
        if !(0...65535).contains(port) { return "The port must be from 0 to 65535, not \(port)" }
        if !settle.isFinite || !(0...86_400).contains(settle) {
            return "The settle time must be from 0 to 86400 seconds, not \(settle)"
        }
        return nil
    }

    /// The soft descriptor limit less 64 (the database, logs and the listening socket), from 16 to 4,096.
    public static var defaultMaximumConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return 4096 }
        return min(4096, max(16, Int(clamping: limit.rlim_cur) - 64))
    }

    /// `$XDG_STATE_HOME/kamaki/local.sqlite`, else `~/.local/state/kamaki/local.sqlite`, from the
    /// executable's environment; the folder is created (0700).
    public static func defaultStatePath(environment: [String: String]) -> String {
        let stateHome: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            stateHome = xdg
        } else {
            let home = environment["HOME"] ?? "/"
            stateHome = home + "/.local/state"
        }
        let folder = stateHome + "/kamaki"
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return folder + "/local.sqlite"
    }
}
