#if os(Linux)
import Foundation
import KamakiCommands
import Synchronization

/// A served command's output: the client's own stdout and stderr, written on a queue of its own,
/// so that a client that reads slowly (a pager, Ctrl-S, a full pipe) holds up only its command,
/// never the threads other clients' commands run on. A failed write ends as in a one-shot
/// process (``CommandRunner``'s status: 141 for a closed pipe, 1 otherwise).
final class ClientOutput: OutputSink {
    let target: FileDescriptorSink
    private let queue = DispatchQueue(label: "kamaki.command-server.output")
    private let silenced = Atomic<Bool>(false)

    var errorIsTerminal: Bool { target.errorIsTerminal }
    var columns: Int? { target.columns }
    var colours: Bool { target.colours }
    var errorColours: Bool { target.errorColours }

    init(target: FileDescriptorSink) {
        self.target = target
    }

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        queue.async { [self] in
            guard !silenced.load(ordering: .sequentiallyConsistent) else { return }
            target.write(text, to: stream)
        }
    }

    func standardFailure() -> Int32? {
        // A silenced command's client went away: what is queued may never be read (a paused pager).
        guard !silenced.load(ordering: .sequentiallyConsistent) else { return nil }
        drain()
        return target.standardFailure()
    }

    /// Drops everything written from now on (and what is still queued).
    func silence() { silenced.store(true, ordering: .sequentiallyConsistent) }

    /// Waits until everything written so far has been written (or dropped).
    func drain() { queue.sync {} }
}
#endif
