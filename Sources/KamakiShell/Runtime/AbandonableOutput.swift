import KamakiCommands
import Synchronization

/// A shell command's output: the shell's sink until the command is abandoned (Ctrl-C, and it did
/// not end within ``CommandTask/cancelGrace``), nothing after. An abandoned command may still end
/// later (a request that waits for its timeout); what it writes then, its error above all, must
/// not appear over the commands typed since.
final class AbandonableOutput: ForwardingSink {
    let base: any OutputSink
    /// Whether the command was abandoned; written under the lock that every write holds, so no
    /// write is under way once ``abandon()`` returns.
    private let abandoned = Mutex(false)

    init(_ base: any OutputSink) {
        self.base = base
    }

    // The terminal's facts (width, colour) are the base's, through ForwardingSink; what it
    // writes goes on only until the command is abandoned.

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        abandoned.withLock { abandoned in
            if !abandoned { base.write(text, to: stream) }
        }
    }

    /// Passed on as a failure, so a script's label (``ScriptLineOutput``) stays on it.
    func failure(_ block: String) {
        abandoned.withLock { abandoned in
            if !abandoned { base.failure(block) }
        }
    }

    func standardFailure() -> Int32? {
        abandoned.withLock { $0 } ? nil : base.standardFailure()
    }

    /// Drops every later write.
    func abandon() {
        abandoned.withLock { $0 = true }
    }
}
