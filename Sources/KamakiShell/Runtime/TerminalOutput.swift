import Foundation
import KamakiClient
import KamakiCommands
import Synchronization

/// The shell's output sink: stdout and stderr of the process. While the editor owns the screen
/// (``hold()``), writes from background work (the embedded cloud's notice, a log line) are kept
/// and printed before the next command's output, so they never tear the edit line.
final class TerminalOutput: OutputSink {
    private let held = Mutex<(holding: Bool, queue: [(String, KamakiCommands.OutputStream)])>((false, []))
    let errorIsTerminal: Bool
    /// Whether stdout, and stderr, may be given colour (``Colour``).
    let colours: Bool
    let errorColours: Bool
    /// `COLUMNS` of the run's environment.
    private let columnsVariable: String?

    /// - Parameters:
    ///   - errorIsTerminal: whether stderr is a terminal (from the run's `RunEnvironment`).
    ///   - columnsVariable: `COLUMNS` (from the run's `RunEnvironment`).
    ///   - colours: whether stdout is a terminal that may be given colour (from the run's `RunEnvironment`,
    ///     false when the shell was given `--no-color`); `errorColours`: the same for stderr.
    init(errorIsTerminal: Bool, columnsVariable: String?, colours: Bool = false, errorColours: Bool = false) {
        self.errorIsTerminal = errorIsTerminal
        self.colours = colours
        self.errorColours = errorColours
        self.columnsVariable = columnsVariable
    }

    /// `COLUMNS`, else the terminal's width, asked each time (the window may change): ``TerminalWidth``.
    var columns: Int? { TerminalWidth.columns(variable: columnsVariable, descriptors: [1, 2]) }

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        let direct = held.withLock { state -> Bool in
            if state.holding { state.queue.append((text, stream)) }
            return !state.holding
        }
        if direct { Descriptor.writeAll(stream == .standard ? 1 : 2, text) }
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
        for (text, stream) in queue { Descriptor.writeAll(stream == .standard ? 1 : 2, text) }
    }
}
