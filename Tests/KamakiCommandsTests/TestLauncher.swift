import KamakiCommands
import LocalCloud

/// The embedded cloud for tests: LocalCloud in-process with a short settle time.
struct TestLauncher: EmbeddedCloudLauncher {
    var settle = 0.2

    func start(statePath: String) async throws -> any EmbeddedCloud {
        let cloud = try await LocalCloud.start(LocalCloudConfiguration(statePath: statePath, settle: settle))
        return TestCloud(cloud: cloud)
    }

    func reset(statePath: String) throws {
        try LocalCloud.reset(statePath: statePath, seed: .tutorial)
    }

    func serve(statePath: String, host: String, port: Int, settle: Double, output: any OutputSink) async throws {
        throw CommandError("not used in tests")
    }
}

struct TestCloud: EmbeddedCloud {
    let cloud: LocalCloud
    var identityURL: String { cloud.identityURL }
    var token: String { cloud.tokens[0] }
    func stop() async { await cloud.stop() }
}
