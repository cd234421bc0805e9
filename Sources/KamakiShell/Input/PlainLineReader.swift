import Foundation

/// Reads lines without editing: scripts on stdin, and tests (from an array of lines).
final class PlainLineReader: LineReader {
    private var next: () -> String?
    let isInteractive = false

    /// Reads standard input.
    init() {
        next = { Swift.readLine(strippingNewline: true) }
    }

    /// Reads the lines of a script file, or nil when it cannot be read.
    convenience init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        // By bytes: "\r\n" is one Character, which a split on "\n" would not cut.
        var lines = Array(data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        self.init(lines: lines)
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
