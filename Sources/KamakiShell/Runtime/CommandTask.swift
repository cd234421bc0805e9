import Foundation
import KamakiClient
import KamakiCommands

/// Runs async work from the synchronous main thread as a cancellable ``BlockingTask`` and waits
/// for it. Ctrl-C while it runs cancels the task; a task that does not end soon after is
/// abandoned, so the prompt always comes back.
enum CommandTask {
    /// How long a cancelled task may take to finish before it is abandoned.
    static let cancelGrace: Duration = .seconds(2)

    /// The work's exit status; when it was cancelled and did not finish in time, the status
    /// `interrupted` and `abandoned` set. `errorIsTerminal`: stderr is a terminal (the run's, from
    /// its `RunEnvironment`), where a Ctrl-C's echo is followed by a new line. `interrupted`: whether
    /// Ctrl-C was pressed (``Interrupt``; a test gives its own, the counter being the process's).
    static func run(
        errorIsTerminal: Bool = false, interrupted: () -> Bool = { Interrupt.take() }, _ work: @escaping @Sendable () async -> Int32
    ) -> (status: Int32, abandoned: Bool) {
        _ = Interrupt.take()  // a Ctrl-C from before the command (e.g. during a Tab's wait) is stale
        let running = BlockingTask(work)
        // A command may take SIGINT over (e.g. `local serve`'s graceful shutdown): take it back after.
        defer { Interrupt.install() }
        var abandonAt: ContinuousClock.Instant?
        while true {
            if let status = running.wait(until: .now() + .milliseconds(20)) { return (status, false) }
            if abandonAt == nil, interrupted() {
                // The terminal echoed ^C where the cursor was; what follows starts on a new line.
                if errorIsTerminal { Descriptor.writeAll(2, "\n") }
                running.cancel()
                abandonAt = .now + cancelGrace
            }
            if let abandonAt, ContinuousClock.now >= abandonAt { return (ExitStatus.interrupted, true) }
        }
    }
}
