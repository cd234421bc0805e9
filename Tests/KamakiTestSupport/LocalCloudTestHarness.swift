import Foundation
import HummingbirdTesting
import LocalCloud

/// Runs `body` against a local cloud on 127.0.0.1, then stops it, even if `body` throws.
///
/// - Parameters:
///   - seed: the world to start from.
///   - settle: seconds a new port stays BUILD (small, so tests poll briefly).
///   - statePath: the state file; `nil` makes a fresh one in a temporary directory, removed at the end.
///   - port: `0` picks a free one; a cloud restarted at the same address passes the previous cloud's port.
///   - reset: whether to start `statePath` again from `seed`.
///   - pendingActions: whether servers refuse attach/detach while a port settles (Synnefo's 400 pending action).
public func withLocalCloud<T: Sendable>(
    seed: Seed = .tutorial, settle: Double = 0.2, statePath: String? = nil, port: Int = 0, reset: Bool = false,
    pendingActions: Bool = false,
    _ body: (LocalCloud) async throws -> T
) async throws -> T {
    try await withTemporaryDirectory { directory in
        let configuration = testConfiguration(
            seed: seed, settle: settle, statePath: statePath ?? directory + "/local.sqlite", port: port, reset: reset,
            pendingActions: pendingActions)
        let cloud = try await LocalCloud.start(configuration)
        do {
            let result = try await body(cloud)
            await cloud.stop()
            return result
        } catch {
            await cloud.stop()
            throw error
        }
    }
}

/// A local cloud driven in-process: the application ``LocalCloud/start(_:)`` serves, its requests handed to
/// the router by HummingbirdTesting's `.router` client, without a socket. Its links name `baseURL`.
public struct InProcessCloud: Sendable {
    /// The router client; ``CloudAPI`` sends through it.
    public let client: any TestClientProtocol
    /// The users' tokens; the first is the tutorial user's.
    public let tokens: [String]
    /// The state file.
    public let statePath: String
    /// `http://127.0.0.1:0`: the base of the links in its answers, since no port is bound.
    public let baseURL: String

    /// `<baseURL>/identity/v2.0`.
    public var identityURL: String { baseURL + "/identity/v2.0" }
}

/// Runs `body` against a local cloud served in-process (no socket; see ``InProcessCloud``), for route tests that
/// do not test the wire. The parameters are ``withLocalCloud(seed:settle:statePath:port:reset:pendingActions:_:)``'s.
public func withInProcessCloud<T: Sendable>(
    seed: Seed = .tutorial, settle: Double = 0.2, statePath: String? = nil, reset: Bool = false, pendingActions: Bool = false,
    _ body: @Sendable (InProcessCloud) async throws -> T
) async throws -> T {
    try await withTemporaryDirectory { directory in
        let configuration = testConfiguration(
            seed: seed, settle: settle, statePath: statePath ?? directory + "/local.sqlite", port: 0, reset: reset,
            pendingActions: pendingActions)
        let (application, tokens, baseURL) = try LocalCloud.application(configuration)
        let statePath = configuration.statePath
        return try await application.test(.router) { client in
            try await body(InProcessCloud(client: client, tokens: tokens, statePath: statePath, baseURL: baseURL))
        }
    }
}

/// The configuration both harnesses start a cloud from.
private func testConfiguration(
    seed: Seed, settle: Double, statePath: String, port: Int, reset: Bool, pendingActions: Bool
) -> LocalCloudConfiguration {
    var configuration = LocalCloudConfiguration(statePath: statePath, port: port, seed: seed, settle: settle, reset: reset)
    configuration.pendingActions = pendingActions
    return configuration
}
