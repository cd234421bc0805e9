import Foundation
import KamakiCommands
import Synchronization

/// The shell's output sink: stdout and stderr of the process. While the editor owns the screen
/// (``hold()``), writes from background work (the embedded cloud's notice, a log line) are kept
/// and printed before the next command's output, so they never tear the edit line.
final class TerminalOutput: OutputSink {
    private let held = Mutex<(holding: Bool, queue: [(String, KamakiCommands.OutputStream)])>((false, []))
    let errorIsTerminal: Bool
    /// `COLUMNS` of the run's environment.
    private let columnsVariable: Int?

    /// - Parameters:
    ///   - errorIsTerminal: whether stderr is a terminal (from the run's `RunEnvironment`).
    ///   - columnsVariable: `COLUMNS` (from the run's `RunEnvironment`).
    init(errorIsTerminal: Bool, columnsVariable: String?) {
        self.errorIsTerminal = errorIsTerminal
        self.columnsVariable = columnsVariable.flatMap { Int($0) }.flatMap { (1...10_000).contains($0) ? $0 : nil }
    }

    /// The terminal's width (asked each time: the window may change), else `$COLUMNS`.
    var columns: Int? {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return columnsVariable
    }

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        let direct = held.withLock { state -> Bool in
            if state.holding { state.queue.append((text, stream)) }
            return !state.holding
        }
        if direct { Self.writeAll(stream == .standard ? 1 : 2, text) }
    }

    /// Keeps writes from now on until ``release()``.
    func hold() {
        held.withLock { $0.holding = true }
    }

    /// Prints what was kept and writes directly again.
    func release() {
        let queue = held.withLock { state in
            state.holding = false
            defer { state.queue = [] }
            return state.queue
        }
        for (text, stream) in queue { Self.writeAll(stream == .standard ? 1 : 2, text) }
    }

    static func writeAll(_ fd: Int32, _ text: String) {
        let handle = fd == 1 ? FileHandle.standardOutput : FileHandle.standardError
        try? handle.write(contentsOf: Data(text.utf8))
    }
}
