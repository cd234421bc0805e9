/// Reads lines without editing: scripts on stdin, and tests (from an array of lines).
final class PlainLineReader: LineReader {
    private var next: () -> String?
    let isInteractive = false

    /// Reads standard input.
    init() {
        next = { Swift.readLine(strippingNewline: true) }
    }

    /// Reads the given lines.
    init(lines: [String]) {
        var remaining = lines[...]
        next = { remaining.popFirst() }
    }

    func readLine(prompt: String) -> LineRead {
        guard let line = next() else { return .end }
        return .line(line)
    }

    func remember(_ line: String) {}
}
