import Rainbow

/// What text output marks for colour: the statuses of a list (`ACTIVE` green, `BUILD` yellow,
/// `ERROR` red). The escape codes are Rainbow's; a renderer asks for them only when ``Colour/enabled(terminal:variables:noColor:)``
/// said yes, so output to a pipe, a file or a `NO_COLOR` terminal carries none (and pays nothing for them).
enum Colour {
    /// Whether a run's standard output gets colour: only on a terminal, and not with `--no-color`,
    /// `NO_COLOR` set to anything but the empty string (no-color.org), or `TERM=dumb`.
    /// - Parameters:
    ///   - terminal: whether the output sink's standard output is a terminal (``OutputSink/colours``).
    ///   - variables: the run's environment (``RunEnvironment/variables``).
    ///   - noColor: `--no-color`.
    static func enabled(terminal: Bool, variables: [String: String], noColor: Bool) -> Bool {
        guard terminal, !noColor, variables["TERM"] != "dumb" else { return false }
        return variables["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// The colour of a resource status, if it has one.
    static func status(_ status: String) -> NamedColor? {
        switch status {
        case "ACTIVE": .green
        case "BUILD": .yellow
        case "ERROR": .red
        default: nil
        }
    }

    /// Appends `text` (already made safe for a terminal by ``TerminalText``) in `colour`: Select
    /// Graphic Rendition with Rainbow's code for the colour, then a reset.
    static func append(_ text: String, in colour: NamedColor, to output: inout String) {
        output += "\u{1B}["
        output += colour.value.map(String.init).joined(separator: ";")
        output += "m"
        output += text
        output += "\u{1B}[0m"
    }
}
