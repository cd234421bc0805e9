import ArgumentParser

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
        // Stopped by Ctrl-C (the cloud handles SIGINT itself): the terminal echoed ^C where the cursor
        // was, and what comes next (the shell's prompt) would follow it on the same line.
        if context.output.errorIsTerminal { context.output.note() }
    }
}
