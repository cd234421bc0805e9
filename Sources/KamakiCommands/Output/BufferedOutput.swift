import Synchronization

/// Collects output in memory: for tests, and for capturing a command's output.
public final class BufferedOutput: OutputSink {
    private let state = Mutex<(out: String, err: String)>(("", ""))
    public let errorIsTerminal: Bool
    public let columns: Int?
    public let colours: Bool
    public let errorColours: Bool

    /// - Parameters:
    ///   - colours: whether standard output acts as a terminal that may be given colour (for tests of colour).
    ///   - errorColours: the same for the error stream.
    public init(errorIsTerminal: Bool = false, columns: Int? = nil, colours: Bool = false, errorColours: Bool = false) {
        self.errorIsTerminal = errorIsTerminal
        self.columns = columns
        self.colours = colours
        self.errorColours = errorColours
    }

    public func write(_ text: String, to stream: OutputStream) {
        state.withLock { buffers in
            switch stream {
            case .standard: buffers.out += text
            case .error: buffers.err += text
            }
        }
    }

    /// What was written to standard output.
    public var standard: String { state.withLock { $0.out } }
    /// What was written to the error stream.
    public var error: String { state.withLock { $0.err } }
}
