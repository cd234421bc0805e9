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

    let connection: CloudConnection
    private let inFlight = Mutex<Set<IDKind>>([])
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
        inFlight.withLock { $0.contains(kind) }
    }

    /// Starts a background fetch of every kind.
    func refreshAll() {
        for kind in IDKind.allCases { refresh(kind) }
    }

    /// Starts a background fetch of a kind, unless one is running.
    func refresh(_ kind: IDKind) {
        let started = inFlight.withLock { $0.insert(kind).inserted }
        guard started else { return }
        let (connection, warmup) = (connection, warmup)
        Task.detached(priority: .utility) { [self] in
            defer { _ = inFlight.withLock { $0.remove(kind) } }
            await warmup?.value
            guard let client = try? await connection.client(), let entries = try? await Self.fetch(kind, client: client) else {
                return
            }
            connection.ids.replace(kind, with: entries)
        }
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
