import Synchronization

/// What one client learns about an OpenStack cloud once and keeps: the compute microversion it negotiated.
/// Concurrent first calls share one negotiation; a failed one is forgotten, so the next call tries again.
final class OpenStackState: Sendable {
    private let negotiation = Mutex<Task<NovaMicroversion?, any Error>?>(nil)

    /// The negotiated microversion, negotiating with `negotiate` the first time.
    func microversion(_ negotiate: @escaping @Sendable () async throws -> NovaMicroversion?) async throws -> NovaMicroversion? {
        let task = negotiation.withLock { current in
            if let current { return current }
            let task = Task { try await negotiate() }
            current = task
            return task
        }
        do {
            return try await task.value
        } catch {
            negotiation.withLock { current in if current == task { current = nil } }
            throw error
        }
    }
}
