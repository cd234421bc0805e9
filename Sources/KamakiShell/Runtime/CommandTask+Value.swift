import Synchronization

extension CommandTask {
    /// Runs `work` as ``run(errorIsTerminal:_:)`` does (Ctrl-C cancels it) and returns what it
    /// gave, or nil when it was abandoned.
    static func value<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T? {
        let box = ValueBox<T>()
        let outcome = run {
            box.set(await work())
            return 0
        }
        return outcome.abandoned ? nil : box.get()
    }
}

/// One value handed from a task to the thread that waits for it.
private final class ValueBox<T: Sendable>: Sendable {
    private let value = Mutex<T?>(nil)
    func set(_ new: T) { value.withLock { $0 = new } }
    func get() -> T? { value.withLock { $0 } }
}
