import Foundation
import KamakiCommands
import Testing

/// The one async-to-sync bridge: synchronous code waits for async work's status.
@Suite struct BlockingTaskTests {
    /// Runs `body` on a thread of its own, as the main thread waits in kamaki: a test's pool
    /// thread blocked in a wait could starve the very work it waits for.
    private func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    @Test func waitsForTheStatus() async {
        let (gate, open) = AsyncStream<Void>.makeStream()
        let running = BlockingTask {
            for await _ in gate { break }
            return 3
        }
        // The work waits on the gate: a wait that has already timed out finds it running.
        #expect(await onThread { running.wait(until: .now()) } == nil)
        open.yield()
        #expect(await onThread { running.wait() } == 3)
        // Once ended, every wait has the status at once.
        #expect(await onThread { running.wait() } == 3)
        #expect(await onThread { running.wait(until: .now()) } == 3)
    }

    @Test func cancelReachesTheWork() async {
        let running = BlockingTask {
            let (never, held) = AsyncStream<Void>.makeStream()
            for await _ in never {}  // ends only when the task is cancelled
            withExtendedLifetime(held) {}
            return Task.isCancelled ? 9 : 0
        }
        running.cancel()
        #expect(await onThread { running.wait() } == 9)
    }
}
