import Foundation
import KamakiClient
import Synchronization

/// An output sink writing to two file descriptors: the process's own stdout and stderr for a
/// one-shot command, or a client's, received by the command server.
public final class FileDescriptorSink: OutputSink {
    public let standard: Int32
    public let error: Int32
    public let errorIsTerminal: Bool
    public let columns: Int?
    /// Whether standard output is a terminal (colour is decided with it: ``Colour``).
    public let colours: Bool
    public var errorColours: Bool { errorIsTerminal }
    /// The errno of the first failed write to `standard` (0: none); later writes there are dropped.
    private let failure = Atomic<Int32>(0)

    /// - Parameter columnsVariable: `COLUMNS`, which wins over the terminal's own width (``TerminalWidth``).
    public init(standard: Int32 = 1, error: Int32 = 2, columnsVariable: String?) {
        self.standard = standard
        self.error = error
        self.errorIsTerminal = isatty(error) == 1
        self.colours = isatty(standard) == 1
        self.columns = TerminalWidth.columns(variable: columnsVariable, descriptors: [standard, error])
    }

    public func write(_ text: String, to stream: OutputStream) {
        guard stream == .standard else {
            Descriptor.writeAll(error, text)
            return
        }
        guard failure.load(ordering: .relaxed) == 0 else { return }
        let result = Descriptor.writeAll(standard, text)
        if result != 0 { failure.store(result, ordering: .relaxed) }
    }

    public func standardFailure() -> Int32? {
        let errno = failure.load(ordering: .relaxed)
        return errno == 0 ? nil : errno
    }
}
