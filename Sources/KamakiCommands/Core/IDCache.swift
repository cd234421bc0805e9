import Foundation
import KamakiAPI
import Synchronization

/// The kinds of resource whose ids complete.
public enum IDKind: String, Sendable, CaseIterable, Codable {
    case network, subnet, port, floatingIP = "ip", server
}

/// A resource id with the words shown beside it in completion (`8  192.168.3.5  free`).
public struct IDEntry: Sendable, Hashable, Codable {
    public var id: String
    /// Columns shown beside the id: a name, an address, a status.
    public var labels: [String]
    public init(id: String, labels: [String]) {
        self.id = id
        self.labels = labels
    }
}

/// Known resource ids per kind, kept current by list, info, create and delete commands,
/// and saved to disk so a new shell or a bash completion has them at once.
public final class IDCache: Sendable {
    private struct Store: Codable {
        var entries: [IDKind: [IDEntry]] = [:]
        var refreshed: [IDKind: Double] = [:]
    }

    private let store = Mutex(Store())
    /// The file it is saved to; nil keeps it in memory only.
    public let path: String?

    public init(path: String?) {
        self.path = path
        if let path, let data = FileManager.default.contents(atPath: path),
            let loaded = try? JSONDecoder().decode(Store.self, from: data)
        {
            store.withLock { $0 = loaded }
        }
    }

    /// The ids of a kind, in id order.
    public func entries(_ kind: IDKind) -> [IDEntry] {
        store.withLock { $0.entries[kind] ?? [] }
    }

    /// When a kind was last replaced by a full list (seconds since 1970), if ever.
    public func refreshed(_ kind: IDKind) -> Double? {
        store.withLock { $0.refreshed[kind] }
    }

    /// Replaces a kind's ids with a full list.
    public func replace(_ kind: IDKind, with entries: [IDEntry]) {
        store.withLock {
            $0.entries[kind] = entries.sorted(by: Self.idOrder)
            $0.refreshed[kind] = Date().timeIntervalSince1970
        }
        save()
    }

    /// Adds or updates one id.
    public func upsert(_ kind: IDKind, _ entry: IDEntry) {
        store.withLock {
            var list = $0.entries[kind] ?? []
            list.removeAll { $0.id == entry.id }
            list.append(entry)
            $0.entries[kind] = list.sorted(by: Self.idOrder)
        }
        save()
    }

    /// Forgets one id.
    public func remove(_ kind: IDKind, id: String) {
        store.withLock { $0.entries[kind]?.removeAll { $0.id == id } }
        save()
    }

    private func save() {
        guard let path else { return }
        let data: Data? = store.withLock { try? JSONEncoder().encode($0) }
        guard let data else { return }
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = path + ".tmp-\(getpid())"
        if FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) {
            rename(temporary, path)
        }
    }

    static func idOrder(_ a: IDEntry, _ b: IDEntry) -> Bool {
        if let x = Int(a.id), let y = Int(b.id) { return x < y }
        return a.id < b.id
    }
}

extension IDEntry {
    /// The completion entry of a network: its name and visibility.
    public init(_ network: Network) {
        self.init(id: network.id, labels: [network.name, network.isPublic ? "public" : "private"])
    }

    /// The completion entry of a subnet.
    public init(_ subnet: Subnet) {
        self.init(id: subnet.id, labels: [subnet.cidr, subnet.name].filter { !$0.isEmpty })
    }

    /// The completion entry of a port: status, network and device.
    public init(_ port: Port) {
        var labels = [port.status, "network \(port.networkID)"]
        if let device = port.deviceID { labels.append("server \(device)") }
        if let address = port.fixedIPs.first?.ipAddress { labels.insert(address, at: 0) }
        self.init(id: port.id, labels: labels)
    }

    /// The completion entry of a floating IP: address and where it is attached.
    public init(_ ip: FloatingIP) {
        self.init(id: ip.id, labels: [ip.address, ip.instanceID.map { "server \($0)" } ?? "free"])
    }

    /// The completion entry of a server: name and status.
    public init(_ server: Server) {
        self.init(id: server.id, labels: [server.name, server.status].filter { !$0.isEmpty })
    }
}
