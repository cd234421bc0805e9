import Foundation

/// Starts the embedded local cloud in-process. The `kamaki` executable supplies it, so that
/// `KamakiCommands` does not depend on the server libraries.
public protocol EmbeddedCloudLauncher: Sendable {
    /// Starts serving the state file on a loopback port.
    func start(statePath: String) async throws -> any EmbeddedCloud
    /// Restores the tutorial seed.
    func reset(statePath: String) throws
    /// Serves in the foreground until SIGINT/SIGTERM, printing `url:` and `token:` lines.
    func serve(statePath: String, host: String, port: Int, settle: Double, output: any OutputSink) async throws
}

/// A running embedded cloud.
public protocol EmbeddedCloud: Sendable {
    var identityURL: String { get }
    /// The tutorial user's token.
    var token: String { get }
    func stop() async
}
