import Synchronization

/// How a command's structured output is printed (``FormatOptions``: `--output-format`, `--column`), and
/// the usage error printing it met, if any.
///
/// A table's columns are the fields of what the cloud returned, so an unknown `-c COLUMN` is found only
/// when the output is laid out. The renderer then prints nothing and keeps the error here; the runner
/// presents it when the command returns (exit 2), so commands print without `try`.
final class Presentation: Sendable {
    let format: OutputFormat
    let columns: [String]
    private let failure = Mutex<CommandError?>(nil)

    init(format: OutputFormat = .json, columns: [String] = []) {
        self.format = format
        self.columns = columns
    }

    convenience init(_ options: FormatOptions) {
        self.init(format: options.outputFormat ?? .prettyPrint, columns: options.columnNames)
    }

    /// The first error met while printing.
    var error: CommandError? { failure.withLock { $0 } }

    func record(_ error: CommandError) {
        failure.withLock { $0 = $0 ?? error }
    }
}

/// A command with `--output-format` (``FormatOptions``): the runner hands its choice to the renderer.
protocol FormattedCommand: KamakiCommand {
    var format: FormatOptions { get }
}
