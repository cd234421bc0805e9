import Foundation
import KamakiAPI
import KamakiClient
import KamakiCommands
import Synchronization

/// Keeps the session's id cache fresh for completion: refreshes a kind in a detached task when
/// the shell starts and when the kind is older than ``maxAge``; a completion that finds a kind
/// empty starts a fetch and waits for it at most ``completionWait``, in slices that watch Ctrl-C.
final class IDRefresher: Sendable {
    static let maxAge: Double = 30
    static let completionWait: Duration = .milliseconds(150)
    /// A fetch that failed is tried once more after this: the cloud may have been restarting (the
    /// embedded one after `local reset`) or briefly unreachable, and the next Tab should find the ids.
    static let retryDelay: Duration = .milliseconds(300)

    let connection: CloudConnection
    /// The kinds being fetched, and those to fetch again when that ends (with their versions then).
    private let inFlight = Mutex<(running: Set<IDKind>, again: [IDKind: Int])>(([], [:]))
    private let warmupTask = Mutex<Task<Void, Never>?>(nil)

    init(connection: CloudConnection) {
        self.connection = connection
    }

    /// The session's authentication, once started; commands and fetches wait for it so they
    /// share its client (and the embedded cloud it may start).
    var warmup: Task<Void, Never>? { warmupTask.withLock { $0 } }

    /// Starts authenticating in the background (once): the client, then `access()`.
    func warmUp() {
        let connection = connection
        warmupTask.withLock { task in
            guard task == nil else { return }
            task = Task.detached(priority: .userInitiated) {
                guard let client = try? await connection.client() else { return }
                _ = try? await client.access()
            }
        }
    }

    /// The ids of a kind for a completion: at once when cached (refreshing stale ones in the
    /// background), else after a bounded wait for a fetch.
    func entries(_ kind: IDKind) -> [IDEntry] {
        let cached = connection.ids.entries(kind)
        let age = connection.ids.refreshed(kind).map { Date().timeIntervalSince1970 - $0 }
        if !cached.isEmpty {
            if age == nil || age! > Self.maxAge { refresh(kind) }
            return cached
        }
        if age == nil || age! > Self.maxAge { refresh(kind) }
        let deadline = ContinuousClock.now + Self.completionWait
        while isFetching(kind), ContinuousClock.now < deadline, !Interrupt.isPending {
            usleep(10_000)
        }
        return connection.ids.entries(kind)
    }

    func isFetching(_ kind: IDKind) -> Bool {
        inFlight.withLock { $0.running.contains(kind) }
    }

    /// Starts a background fetch of every kind.
    func refreshAll() {
        for kind in IDKind.allCases { refresh(kind) }
    }

    /// Fetches or marks stale the kinds a command that just succeeded may have changed (``IDChanges``).
    func refresh(after words: [String]) {
        let effects = IDChanges.effects(of: words)
        for kind in effects.stale { connection.ids.markStale(kind) }
        for kind in effects.fetch { refresh(kind, again: true) }
    }

    /// Starts a background fetch of a kind, unless one is running; with `again`, one follows the
    /// running one (which may have started before the change that asks for this one).
    ///
    /// A fetched list replaces the cached one only if no command changed the kind since the fetch
    /// was asked for (``IDCache/replace(_:with:ifVersion:)``): it may show the cloud before the
    /// change settled (an IP whose port is still being built), and the command's own update is newer.
    func refresh(_ kind: IDKind, again: Bool = false) {
        let version = connection.ids.version(kind)
        let started = inFlight.withLock { state in
            if again, state.running.contains(kind) { state.again[kind] = version }
            return state.running.insert(kind).inserted
        }
        guard started else { return }
        let (connection, warmup) = (connection, warmup)
        Task.detached(priority: .utility) { [self] in
            await warmup?.value
            var asked = version
            while true {
                var fetched = await Self.fetched(kind, connection)
                if case .failure(let error) = fetched, Self.mayPass(error) {
                    try? await Task.sleep(for: Self.retryDelay)
                    fetched = await Self.fetched(kind, connection)
                }
                if case .success(let entries) = fetched { connection.ids.replace(kind, with: entries, ifVersion: asked) }
                let next = inFlight.withLock { state in
                    let next = state.again.removeValue(forKey: kind)
                    if next == nil { state.running.remove(kind) }
                    return next
                }
                guard let next else { return }
                asked = next
            }
        }
    }

    /// The kind's entries, or why the cloud could not be reached or listed.
    private static func fetched(_ kind: IDKind, _ connection: CloudConnection) async -> Result<[IDEntry], any Error> {
        do {
            return .success(try await fetch(kind, client: connection.client()))
        } catch {
            return .failure(error)
        }
    }

    /// Whether a failure may pass: any but the cloud's answer that the request is wrong (a 4xx, say the
    /// kind's endpoint is refused), which asking again would only repeat.
    static func mayPass(_ error: any Error) -> Bool {
        guard let status = (error as? ClientError)?.status else { return true }
        return !(400..<500).contains(status)
    }

    static func fetch(_ kind: IDKind, client: CloudClient) async throws -> [IDEntry] {
        switch kind {
        case .network: try await client.listNetworks().map { IDEntry($0) }
        case .subnet: try await client.listSubnets().map { IDEntry($0) }
        case .port: try await client.listPorts().map { IDEntry($0) }
        case .floatingIP: try await client.listFloatingIPs().map { IDEntry($0) }
        case .server: try await client.listServers(detail: true).map { IDEntry($0) }
        case .flavor: try await client.listFlavors(detail: true).map { IDEntry($0) }
        case .image: try await client.listImages().map { IDEntry($0) }
        case .keypair: try await client.listKeypairs().map { IDEntry($0) }
        }
    }
}
