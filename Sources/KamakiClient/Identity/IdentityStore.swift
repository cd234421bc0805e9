import KamakiAPI
import Synchronization

/// Holds the token reply of one client: in memory, backed by the disk cache, refreshed on demand.
///
/// Concurrent callers share one `/tokens` request. Each reply gets a generation number, so that a
/// burst of 401s caused by the same stale reply triggers one re-authentication, not one per caller.
final class IdentityStore: Sendable {
    struct Snapshot: Sendable {
        var access: Access
        /// The token Keystone issued (sent as `X-Auth-Token`); nil: the configured token is sent.
        var token: String?
        var generation: Int
        /// Whether the reply came from the disk cache (it may describe a cloud that has since moved).
        var fromDisk = false
    }

    private struct State {
        var current: Snapshot?
        var diskChecked = false
        var pending: Task<Snapshot, any Error>?
        var generation = 0
    }

    private let state = Mutex(State())
    private let cache: TokenCache?
    private let fetch: @Sendable () async throws -> IdentityReply

    /// - Parameter fetch: authenticates and returns the reply (without the configured token).
    init(cache: TokenCache?, fetch: @escaping @Sendable () async throws -> IdentityReply) {
        self.cache = cache
        self.fetch = fetch
    }

    /// The reply in memory, else on disk, else from a new `/tokens` request.
    func current() async throws -> Snapshot {
        enum Step {
            case have(Snapshot)
            case loadDisk, authenticate
        }
        let step: Step = state.withLock { s in
            if let current = s.current, !current.isExpiring { return .have(current) }
            if !s.diskChecked, cache != nil {
                s.diskChecked = true
                return .loadDisk
            }
            return .authenticate
        }
        switch step {
        case .have(let snapshot):
            return snapshot
        case .loadDisk:
            if let reply = cache?.load() {
                return state.withLock { s in
                    if let current = s.current { return current }
                    s.generation += 1
                    let snapshot = Snapshot(access: reply.access, token: reply.token, generation: s.generation, fromDisk: true)
                    s.current = snapshot
                    return snapshot
                }
            }
            return try await refresh(replacing: nil)
        case .authenticate:
            return try await refresh(replacing: state.withLock { $0.current })
        }
    }

    /// Forces a new `/tokens` request (joining one already in flight).
    func authenticate() async throws -> Snapshot {
        try await refresh(replacing: nil, force: true)
    }

    /// Drops `stale` (memory and disk) and authenticates again, unless another caller already replaced it.
    func refresh(replacing stale: Snapshot?, force: Bool = false) async throws -> Snapshot {
        let task: Task<Snapshot, any Error> = state.withLock { s in
            if !force, let current = s.current, current.generation != stale?.generation {
                return Task { current }
            }
            if let pending = s.pending { return pending }
            if let stale, s.current?.generation == stale.generation {
                s.current = nil
                cache?.remove()
            }
            let task = Task { try await self.performFetch() }
            s.pending = task
            return task
        }
        return try await task.value
    }

    private func performFetch() async throws -> Snapshot {
        do {
            let reply = try await fetch()
            cache?.store(reply)
            return state.withLock { s in
                s.generation += 1
                let snapshot = Snapshot(access: reply.access, token: reply.token, generation: s.generation)
                s.current = snapshot
                s.pending = nil
                return snapshot
            }
        } catch {
            state.withLock { s in
                s.pending = nil
                s.current = nil
            }
            if let error = error as? ClientError, case .authentication = error.kind { cache?.remove() }
            throw error
        }
    }
}

extension IdentityStore.Snapshot {
    /// Whether this is a Keystone token that expires within ``TokenCache/expiryMargin`` (a long shell
    /// session outlives its token): it is then replaced before use, not after a 401.
    var isExpiring: Bool {
        access.isKeystoneV3 && TokenCache.expires(access, before: TokenCache.now() + TokenCache.expiryMargin)
    }
}
