public import KamakiCommands
import LocalCloud

/// Starts the embedded local cloud in-process when no cloud is configured: `kamaki`'s launcher,
/// and the tests' (with a short settle time).
public struct LocalCloudLauncher: EmbeddedCloudLauncher {
    /// Seconds a new port stays BUILD; `nil` is the local cloud's default.
    public var settle: Double?

    public init(settle: Double? = nil) {
        self.settle = settle
    }

    public func start(statePath: String) async throws -> any EmbeddedCloud {
        var configuration = LocalCloudConfiguration(statePath: statePath)
        if let settle { configuration.settle = settle }
        do {
            return RunningLocalCloud(cloud: try await LocalCloud.start(configuration))
        } catch  where LocalCloud.isUnreadableState(error) {
            throw CommandError(
                "The embedded local cloud's state file \(statePath) is damaged",
                details: ["\(error)", "To start it again from the tutorial's world:", "  kamaki local reset"])
        }
    }

    public func reset(statePath: String) throws {
        try LocalCloud.reset(statePath: statePath, seed: .tutorial)
    }

    public func serve(statePath: String, host: String, port: Int, settle: Double, output: any OutputSink) async throws {
        if let problem = LocalCloudConfiguration.problem(port: port, settle: settle) { throw CommandError.usage(problem) }
        var configuration = LocalCloudConfiguration(statePath: statePath, host: host, port: port, settle: settle)
        configuration.handlesSignals = true
        let cloud = try await LocalCloud.start(configuration)
        output.line("url: \(cloud.identityURL)")
        for token in cloud.tokens { output.line("token: \(token)") }
        await cloud.waitUntilStopped()
    }
}

/// A running embedded cloud.
struct RunningLocalCloud: EmbeddedCloud {
    let cloud: LocalCloud
    var identityURL: String { cloud.identityURL }
    var token: String { cloud.tokens.first ?? "" }
    func stop() async { await cloud.stop() }
}
