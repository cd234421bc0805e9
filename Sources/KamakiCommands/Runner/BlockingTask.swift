import Foundation
import Synchronization

/// Async work run as a detached task for synchronous code to wait for: the one async-to-sync
/// bridge of the main thread, which stays synchronous (the shell's line editor owns it), in
/// one-shot commands and in the shell. The work never hops back to the main actor.
public final class BlockingTask: Sendable {
    private let status = Mutex<Int32?>(nil)
    private let done = DispatchSemaphore(value: 0)
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// Starts `work`, whose result is an exit status.
    public init(_ work: @escaping @Sendable () async -> Int32) {
        let started = Task.detached { [self] in
            let result = await work()
            status.withLock { $0 = result }
            done.signal()
        }
        task.withLock { $0 = started }
    }

    /// Waits as long as the work takes; its status.
    public func wait() -> Int32 {
        if let ended = status.withLock({ $0 }) { return ended }
        done.wait()
        return status.withLock { $0 } ?? ExitStatus.interrupted
    }

    /// Waits until the work has ended or `deadline` has passed; its status, nil while it runs.
    public func wait(until deadline: DispatchTime) -> Int32? {
        if let ended = status.withLock({ $0 }) { return ended }
        guard done.wait(timeout: deadline) == .success else { return nil }
        return status.withLock { $0 }
    }

    /// Cancels the work's task (the work decides when it stops).
    public func cancel() {
        task.withLock { $0?.cancel() }
    }
}
