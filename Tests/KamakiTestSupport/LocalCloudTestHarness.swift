import Foundation
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
        var configuration = LocalCloudConfiguration(
            statePath: statePath ?? directory + "/local.sqlite", port: port, seed: seed, settle: settle, reset: reset)
        configuration.pendingActions = pendingActions
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
