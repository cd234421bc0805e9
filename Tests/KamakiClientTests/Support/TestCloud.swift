import Foundation
import LocalCloud

/// Runs `body` against a fresh tutorial-seeded ``LocalCloud`` on 127.0.0.1, port 0 unless given,
/// with its state in a temporary file unless `statePath` is given; stops it afterwards.
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
