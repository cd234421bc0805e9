import ArgumentParser

/// `kamaki local …`: the embedded local cloud.
struct LocalGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "local", abstract: "The embedded local cloud (used when no cloud is configured)",
        subcommands: [LocalReset.self, LocalServe.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}

/// `kamaki local reset`
struct LocalReset: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "reset", abstract: "Restore the local cloud's tutorial world")
    static let runsInItsOwnProcess = true
    @OptionGroup(visibility: .hidden) var global: GlobalOptions

    func execute(in context: CommandContext) async throws {
        guard let launcher = context.environment.embeddedCloud else { throw CommandError("This kamaki has no embedded cloud") }
        // The shell's session may be running the embedded cloud with the old seed's token: stop it first;
        // the next command starts it again with the new seed.
        let connection = try? context.connection()
        if let connection, connection.target == .embedded { await connection.restart() }
        try launcher.reset(statePath: context.environment.embeddedStatePath)
        if let connection, connection.target == .embedded {
            for kind in IDKind.allCases { connection.ids.replace(kind, with: []) }
        }
        context.output.note("The local cloud is back at the tutorial's start (\(context.environment.embeddedStatePath)).")
    }
}

/// `kamaki local serve`
struct LocalServe: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the local cloud in the foreground, like kamaki-cloud")
    static let runsInItsOwnProcess = true
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Option(name: .customLong("host"), help: "The address to bind.") var host = "127.0.0.1"
    @Option(name: .customLong("port"), help: "The port (0 picks a free one).") var port = 0
    @Option(name: .customLong("settle"), help: "Seconds a new port stays BUILD.") var settle = 1.0

    func execute(in context: CommandContext) async throws {
        guard let launcher = context.environment.embeddedCloud else { throw CommandError("This kamaki has no embedded cloud") }
        try await launcher.serve(
            statePath: context.environment.embeddedStatePath, host: host, port: port, settle: settle, output: context.output)
    }
}
