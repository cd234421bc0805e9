import Foundation
import LocalCloud

/// Runs `body` against a tutorial-seeded ``LocalCloud`` on 127.0.0.1 at `port`, optionally resetting
/// the state file first: a cloud restarted at the same address (`withLocalCloud` always picks a new port).
func withTestCloud<T>(
    settle: Double = 0.2, statePath: String? = nil, port: Int = 0, reset: Bool = false,
    _ body: (LocalCloud) async throws -> T
) async throws -> T {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let configuration = LocalCloudConfiguration(
        statePath: statePath ?? directory.path + "/state.sqlite", port: port, seed: .tutorial, settle: settle,
        reset: reset)
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
