import Synchronization

/// The two streams a command writes to.
public enum OutputStream: Sendable {
    /// Results: lists, dicts, JSON.
    case standard
    /// Notes, progress, wait results and error blocks.
    case error
}

/// Where commands write. Commands never touch the terminal directly, so each one can run
/// as a value in tests (``BufferedOutput``) and the same code serves one-shot and shell.
public protocol OutputSink: Sendable {
    /// Writes text (newlines included by the caller) to a stream.
    func write(_ text: String, to stream: OutputStream)
    /// Whether the error stream is a terminal (progress displays are drawn only then).
    var errorIsTerminal: Bool { get }
    /// The terminal width, when known.
    var columns: Int? { get }
    /// Waits until what was written so far is out, and tells why writing standard output
    /// failed (an errno: `EPIPE` when its reader went away), if it did.
    func standardFailure() -> Int32?
    /// Writes why a command failed (an error block: its `(STATUS) message` or `Error:` line and
    /// its details) to the error stream; a script labels it with the line that failed.
    func failure(_ block: String)
    /// Whether standard output is a terminal that may be given colour (see ``Colour``): false for
    /// pipes, files and buffers, which never get escape codes.
    var colours: Bool { get }
    /// Whether the error stream is a terminal that may be given colour (an error block's first line).
    var errorColours: Bool { get }
}

extension OutputSink {
    public func standardFailure() -> Int32? { nil }
    public var colours: Bool { false }
    public var errorColours: Bool { false }
    public func failure(_ block: String) { write(block, to: .error) }

    /// Writes a line to standard output.
    public func line(_ text: String = "") { write(text + "\n", to: .standard) }
    /// Writes a line to the error stream.
    public func note(_ text: String = "") { write(text + "\n", to: .error) }
}
