import ArgumentParser
import Foundation
import LocalCloud

/// `kamaki-cloud`: the embedded Synnefo-compatible cloud as a standalone server.
@main
struct KamakiCloud: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kamaki-cloud", abstract: "Serve the Synnefo API (Astakos + Cyclades) from a local SQLite file.")

    @Option(help: "Address to bind.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 0
    @Option(help: "State file, or :memory:.") var state: String?
    @Option(help: "World for a new or reset state: tutorial or empty.") var seed: Seed = .tutorial
    @Option(help: "Seconds a new port stays BUILD (and a deleted one stays readable).") var settle = 1.0
    @Flag(help: "Wipe the state and seed it again.") var reset = false
    @Flag(help: "Refuse attach/detach while a server has a port settling (Synnefo's pending action).") var pendingActions = false

    func validate() throws {
        if let problem = LocalCloudConfiguration.problem(port: port, settle: settle) { throw ValidationError(problem) }
    }

    /// The process's environment, with the account's home when `HOME` is unset.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        if environment["HOME"] == nil { environment["HOME"] = NSHomeDirectory() }
        return environment
    }

    func run() async throws {
        var configuration = LocalCloudConfiguration(
            statePath: state ?? LocalCloudConfiguration.defaultStatePath(environment: Self.environment), host: host, port: port, seed: seed,
            settle: settle,
            reset: reset)
        configuration.pendingActions = pendingActions
        configuration.handlesSignals = true
        let cloud = try await LocalCloud.start(configuration)
        let banner = (["url: \(cloud.identityURL)"] + cloud.tokens.map { "token: \($0)" }).joined(separator: "\n") + "\n"
        FileHandle.standardOutput.write(Data(banner.utf8))
        await cloud.waitUntilStopped()
    }
}

extension Seed: ExpressibleByArgument {}
