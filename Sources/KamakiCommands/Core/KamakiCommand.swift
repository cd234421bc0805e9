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

/// `--output-format`: only `json` (any case).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case json

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

/// The `--output-format` option of commands that print resources.
struct FormatOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("output-format"), help: "Print the whole resource(s) as JSON (json).")
    var outputFormat: OutputFormat?

    var json: Bool { outputFormat == .json }
}

/// `-w/--wait` and `-N/--no-progress-bar`.
struct WaitOptions: ParsableArguments, Sendable {
    @Flag(name: [.customShort("w"), .customLong("wait")], help: "Wait until the operation completes.")
    var wait = false

    @Flag(name: [.customShort("N"), .customLong("no-progress-bar")], help: "Do not show a progress display while waiting.")
    var noProgressBar = false
}
