import Foundation
import GRDB
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Synchronization

/// The embedded Synnefo-compatible cloud: Astakos identity and quotas, Cyclades compute and network,
/// served over HTTP from a SQLite state file.
///
/// ```swift
/// let cloud = try await LocalCloud.start(LocalCloudConfiguration(statePath: ":memory:"))
/// print(cloud.identityURL, cloud.tokens[0])
/// await cloud.stop()
/// ```
public final class LocalCloud: Sendable {
    /// The port the server listens on.
    public let port: Int
    /// `http://<host>:<port>/identity/v2.0`.
    public let identityURL: String
    /// The users' tokens; the first is the tutorial user's.
    public let tokens: [String]
    /// The state file this cloud serves (or `:memory:`).
    public let statePath: String

    private let log: RequestLog
    private let task: Task<Void, Never>

    private init(port: Int, identityURL: String, tokens: [String], statePath: String, log: RequestLog, task: Task<Void, Never>) {
        self.port = port
        self.statePath = statePath
        self.identityURL = identityURL
        self.tokens = tokens
        self.log = log
        self.task = task
    }

    /// The method, path and query of every request served so far, e.g. `POST /identity/v2.0/tokens`.
    public var requestLog: [String] { log.all }  // the last RequestLog.capacity requests

    /// Opens (creating, migrating and seeding as needed) the state and starts serving; returns once the socket listens.
    public static func start(_ configuration: LocalCloudConfiguration) async throws -> LocalCloud {
        MallocTuning.apply()
        let bound = BoundPort()
        let log = RequestLog()
        let built = try build(configuration, log: log, bound: bound, linkHost: configuration.wildcard ? nil : configuration.urlHost)
        let handlesSignals = configuration.handlesSignals
        let app = built.application
        let task = Task {
            do {
                if handlesSignals { try await app.runService() } else { try await app.run() }
                bound.fail(LocalCloudError.stoppedBeforeListening)
            } catch {
                bound.fail(error)
            }
        }
        let port: Int
        do {
            port = try await bound.value()
        } catch {
            task.cancel()
            await task.value
            throw error
        }
        return LocalCloud(
            port: port, identityURL: "http://\(configuration.urlHost):\(port)/identity/v2.0", tokens: built.tokens,
            statePath: configuration.statePath, log: log, task: task)
    }

    /// The application ``start(_:)`` serves, built the same way but not listening: for driving the routes in-process
    /// (HummingbirdTesting's `.router` mode). No port is bound, so its links name `baseURL`,
    /// `http://<host>:<port>` of the configuration (`http://127.0.0.1:0` for port `0`).
    public static func application(_ configuration: LocalCloudConfiguration) throws
        -> (application: some ApplicationProtocol, tokens: [String], baseURL: String)
    {
        let bound = BoundPort()
        bound.resolve(configuration.port)
        let built = try build(configuration, log: RequestLog(), bound: bound, linkHost: configuration.urlHost)
        return (built.application, built.tokens, "http://\(configuration.urlHost):\(configuration.port)")
    }

    /// Opens the state and builds the HTTP application on it: the routes, the channel handlers and the limits.
    private static func build(_ configuration: LocalCloudConfiguration, log: RequestLog, bound: BoundPort, linkHost: String?) throws
        -> (application: Application<CloudResponder>, tokens: [String])
    {
        let database = try CloudDatabase.open(path: configuration.statePath, seed: configuration.seed, reset: configuration.reset)
        let tokens = try database.tokens()
        let cloudContext = CloudContext(
            database: database, settle: Timestamp.micros(max(0, configuration.settle)), pendingActions: configuration.pendingActions)
        var logger = Logger(label: "LocalCloud")
        logger.logLevel = .critical
        let timeout = TimeAmount(configuration.connectionTimeout)
        let responder = CloudRouter.responder(cloud: cloudContext, log: log, bound: bound, linkHost: linkHost)
        let application = Application(
            responder: responder,
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [DjangoReasonPhrasesInstaller(), RequestHeadDeadlineInstaller(timeout: timeout)],
                    idleTimeout: timeout)),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                availableConnectionsDelegate: MaximumAvailableConnections(max(1, configuration.maximumConnections))),
            onServerRunning: { channel in bound.resolve(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        return (application, tokens)
    }

    /// Stops serving; safe to call more than once.
    public func stop() async {
        task.cancel()
        await task.value
    }

    /// Waits until the server stops (a signal, when `handlesSignals` is set, or `stop()`).
    public func waitUntilStopped() async {
        await task.value
    }

    /// Re-seeds a state file (for `kamaki local reset` and `--reset`).
    /// A state file that is not a database any more (damaged, or another file) is replaced.
    public static func reset(statePath: String, seed: Seed) throws {
        do {
            _ = try CloudDatabase.open(path: statePath, seed: seed, reset: true)
        } catch  where isUnreadableState(error) {
            for suffix in ["", "-wal", "-shm"] { unlink(statePath + suffix) }
            _ = try CloudDatabase.open(path: statePath, seed: seed, reset: true)
        }
    }

    /// Whether an error says the state file is damaged or not a SQLite database.
    public static func isUnreadableState(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }
}

/// Why a local cloud could not start.
public enum LocalCloudError: Error, Sendable, CustomStringConvertible {
    case stoppedBeforeListening

    public var description: String { "the local cloud stopped before it was listening" }
}

extension LocalCloudConfiguration {
    /// The host as it appears in a URL (an IPv6 address in brackets).
    fileprivate var urlHost: String { host.contains(":") ? "[\(host)]" : host }
    /// Whether the server listens on every address, so links follow each request's `Host`.
    fileprivate var wildcard: Bool { host == "0.0.0.0" || host == "::" }
}
