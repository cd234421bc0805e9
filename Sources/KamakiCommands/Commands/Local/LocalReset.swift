import ArgumentParser

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
        // The old world's ids are gone; forgotten (not listed as empty), the next completion fetches the new ones.
        if let connection, connection.target == .embedded { connection.ids.invalidateAll() }
        context.output.note("The local cloud is back at the tutorial's start (\(context.environment.embeddedStatePath)).")
    }
}
