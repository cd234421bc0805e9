import ArgumentParser

/// A leaf command of the registry. The ``CommandRunner`` parses a line into one of these
/// and calls ``execute(in:)`` with the run's context; commands never print directly.
protocol KamakiCommand: AsyncParsableCommand {
    /// The global options as parsed for this command.
    var global: GlobalOptions { get }
    /// Runs the command, writing through `context.output`.
    func execute(in context: CommandContext) async throws
    /// Whether a command server must leave the command to the client's own process: the local
    /// cloud's maintenance and its foreground server (see ``CommandRunner/reasonToRunInOwnProcess(_:)``).
    static var runsInItsOwnProcess: Bool { get }
}

extension KamakiCommand {
    static var runsInItsOwnProcess: Bool { false }

    func run() async throws {
        throw CommandError("This command runs through kamaki's command runner")
    }
}
