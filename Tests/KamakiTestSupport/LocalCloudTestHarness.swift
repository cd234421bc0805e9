import Foundation
import LocalCloud

/// Runs `body` against a local cloud on 127.0.0.1 (a free port), then stops it, even if `body` throws.
///
/// - Parameters:
///   - seed: the world to start from.
///   - settle: seconds a new port stays BUILD (small, so tests poll briefly).
///   - statePath: the state file; `nil` makes a fresh one in a new temporary directory.
///   - pendingActions: whether servers refuse attach/detach while a port settles (Synnefo's 400 pending action).
public func withLocalCloud<T: Sendable>(
    seed: Seed = .tutorial, settle: Double = 0.2, statePath: String? = nil, pendingActions: Bool = false,
    _ body: (LocalCloud) async throws -> T
) async throws -> T {
    let path = try statePath ?? (makeTemporaryDirectory() + "/local.sqlite")
    var configuration = LocalCloudConfiguration(statePath: path, seed: seed, settle: settle)
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

/// A new, unique, empty directory under /tmp for one test.
public func makeTemporaryDirectory() throws -> String {
    let path = "/tmp/kamaki-test-" + UUID().uuidString.lowercased()
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
