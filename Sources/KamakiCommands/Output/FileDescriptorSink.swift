import Foundation
import Synchronization

/// An output sink writing to two file descriptors: the process's own stdout and stderr for a
/// one-shot command, or a client's, received by the command server.
public final class FileDescriptorSink: OutputSink {
    public let standard: Int32
    public let error: Int32
    public let errorIsTerminal: Bool
    public let columns: Int?
    /// The errno of the first failed write to `standard` (0: none); later writes there are dropped.
    private let failure = Atomic<Int32>(0)

    /// - Parameter columnsVariable: `COLUMNS`, which wins over the terminal's own width.
    public init(standard: Int32 = 1, error: Int32 = 2, columnsVariable: String?) {
        self.standard = standard
        self.error = error
        self.errorIsTerminal = isatty(error) == 1
        // COLUMNS may come from a command server's client: only a plausible width is taken.
        self.columns = columnsVariable.flatMap { Int($0) }.flatMap { (1...10_000).contains($0) ? $0 : nil }
            ?? Self.terminalWidth(standard) ?? Self.terminalWidth(error)
    }

    /// The width of the terminal `fd` is, if it is one.
    static func terminalWidth(_ fd: Int32) -> Int? {
        var size = winsize()
        guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    public func write(_ text: String, to stream: OutputStream) {
        guard stream == .standard else {
            Self.writeAll(error, text)
            return
        }
        guard failure.load(ordering: .relaxed) == 0 else { return }
        let result = Self.writeAll(standard, text)
        if result != 0 { failure.store(result, ordering: .relaxed) }
    }

    public func standardFailure() -> Int32? {
        let errno = failure.load(ordering: .relaxed)
        return errno == 0 ? nil : errno
    }

    /// Writes all of `text` to `fd`, retrying short and interrupted writes; stops at an error,
    /// whose errno it returns (0 when all was written).
    @discardableResult
    public static func writeAll(_ fd: Int32, _ text: String) -> Int32 {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(fd, base + offset, buffer.count - offset)
            }
            if written < 0, errno == EINTR { continue }
            if written < 0 { return errno }
            if written == 0 { return EIO }
            offset += written
        }
        return 0
    }
}
