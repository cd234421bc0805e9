import Rainbow

/// What kamaki colours, and when. Text output marks the statuses of a list (`ACTIVE` green,
/// `BUILD` yellow, `ERROR` red) and the first line of an error block; the shell's prompt marks
/// the cloud and the context. Only when ``enabled(terminal:variables:noColor:)`` said yes, so
/// output to a pipe, a file or a `NO_COLOR` terminal carries no escape codes (and pays nothing for
/// them).
///
/// The codes are Rainbow's (``Rainbow/NamedColor``, ``Rainbow/Style``); the framing (`ESC [` codes
/// `m`, text, `ESC [0m`) is written here because Rainbow's own string generation consults
/// process-wide switches (`Rainbow.enabled`, read from the process's environment, and its output
/// target), and kamaki decides colour per run, from the facts its ``RunEnvironment`` gives.
public enum Colour {
    /// What a piece of text is, which picks its colour.
    public enum Role: Sendable {
        /// A status that is well (`ACTIVE`).
        case good
        /// A status on its way (`BUILD`).
        case pending
        /// A status that went wrong (`ERROR`).
        case bad
        /// The first line of an error block.
        case errorHeader
        /// The prompt's cloud.
        case cloud
        /// The prompt's group and selections.
        case context

        var codes: [any ModeCode] {
            switch self {
            case .good: [NamedColor.green]
            case .pending: [NamedColor.yellow]
            case .bad: [NamedColor.red]
            case .errorHeader: [NamedColor.red, Style.bold]
            case .cloud: [NamedColor.cyan]
            case .context: [NamedColor.magenta]
            }
        }
    }

    /// Whether a stream gets colour: only a terminal, and not with `--no-color`, `NO_COLOR` set to
    /// anything but the empty string (no-color.org), or `TERM=dumb`.
    /// - Parameters:
    ///   - terminal: whether the stream is a terminal that may be given colour (``OutputSink/colours``,
    ///     ``OutputSink/errorColours``).
    ///   - variables: the run's environment (``RunEnvironment/variables``).
    ///   - noColor: `--no-color`.
    public static func enabled(terminal: Bool, variables: [String: String], noColor: Bool) -> Bool {
        guard terminal, !noColor, variables["TERM"] != "dumb" else { return false }
        return variables["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Whether command words ask for no colour (`--no-color` before any `--`), read before they are parsed:
    /// an error in parsing them is said in colour or not as they ask.
    public static func refused(by words: [String]) -> Bool {
        words.prefix { $0 != "--" }.contains("--no-color")
    }

    /// The role of a resource status, if it has a colour.
    static func status(_ status: String) -> Role? {
        switch status {
        case "ACTIVE": .good
        case "BUILD": .pending
        case "ERROR": .bad
        default: nil
        }
    }

    /// The escape sequence that starts `role`'s colour (Select Graphic Rendition with Rainbow's codes).
    public static func start(_ role: Role) -> String {
        "\u{1B}[" + role.codes.flatMap(\.value).map(String.init).joined(separator: ";") + "m"
    }

    /// The escape sequence that ends a colour.
    public static let end = "\u{1B}[0m"

    /// Appends `text` (already made safe for a terminal by ``TerminalText``) in `role`'s colour.
    public static func append(_ text: String, as role: Role, to output: inout String) {
        output += start(role)
        output += text
        output += end
    }

    /// `text` (already made safe for a terminal) in `role`'s colour.
    public static func styled(_ text: String, as role: Role) -> String {
        var output = ""
        append(text, as: role, to: &output)
        return output
    }

    /// An error block with its first line (its `(STATUS) message` or `Error:` line) coloured; the
    /// line break and the details stay plain.
    public static func header(of block: String) -> String {
        let lineEnd = block.firstIndex(of: "\n") ?? block.endIndex
        guard lineEnd > block.startIndex else { return block }
        return styled(String(block[..<lineEnd]), as: .errorHeader) + block[lineEnd...]
    }
}
