import Foundation
import KamakiCommands

/// Runs async work from synchronous top-level code and waits for it.
func runBlocking(_ work: @escaping @Sendable () async -> Int32) -> Int32 {
    let result = ResultBox()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        result.value = await work()
        done.signal()
    }
    done.wait()
    return result.value
}

/// The result of `runBlocking`'s task; written once before the semaphore is signalled.
private final class ResultBox: @unchecked Sendable {
    var value: Int32 = 0
}
