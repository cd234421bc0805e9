import Foundation
import KamakiAPI
import KamakiClient
import Synchronization

/// A resource id with the words shown beside it in completion (`8  192.168.3.5  free`).
public struct IDEntry: Sendable, Hashable {
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
///
/// Only well-formed ids (``ResourceID/isWellFormed(_:)``) are kept: a cloud's text is data, and
/// these ids are offered to shells and inserted into command lines. Others are dropped when they
/// arrive and when an older file is read. Labels are kept as sent; they are escaped where shown.
///
/// The file is read on first use, not when the cache is made: a shell draws its first prompt
/// without waiting for it.
public final class IDCache: Sendable {
    private struct Store {
        var entries: [IDKind: [IDEntry]] = [:]
        var refreshed: [IDKind: Double] = [:]
    }

    /// nil until the file is read.
    private let store = Mutex<Store?>(nil)
    /// The file it is saved to; nil keeps it in memory only.
    public let path: String?

    public init(path: String?) {
        self.path = path
    }

    /// Runs `body` on the store, reading the file first if this is the first use.
    private func withStore<T>(_ body: (inout Store) -> T) -> T {
        store.withLock { loaded in
            var current = loaded ?? path.flatMap(Self.read) ?? Store()
            defer { loaded = current }
            return body(&current)
        }
    }

    /// The ids of a kind, in id order.
    public func entries(_ kind: IDKind) -> [IDEntry] {
        withStore { $0.entries[kind] ?? [] }
    }

    /// When a kind was last replaced by a full list (seconds since 1970), if ever.
    public func refreshed(_ kind: IDKind) -> Double? {
        withStore { $0.refreshed[kind] }
    }

    /// Replaces a kind's ids with a full list.
    public func replace(_ kind: IDKind, with entries: [IDEntry]) {
        withStore {
            $0.entries[kind] = entries.filter(\.isWellFormed).sorted(by: Self.idOrder)
            $0.refreshed[kind] = Date().timeIntervalSince1970
        }
        save()
    }

    /// Adds or updates one id.
    public func upsert(_ kind: IDKind, _ entry: IDEntry) {
        guard entry.isWellFormed else { return }
        withStore {
            var list = $0.entries[kind] ?? []
            list.removeAll { $0.id == entry.id }
            list.append(entry)
            $0.entries[kind] = list.sorted(by: Self.idOrder)
        }
        save()
    }

    /// Forgets one id.
    public func remove(_ kind: IDKind, id: String) {
        withStore { $0.entries[kind]?.removeAll { $0.id == id } }
        save()
    }

    private func save() {
        guard let path else { return }
        PrivateFile.save(withStore { Self.encode($0) }, to: path, durability: .cache)
    }

    // The file: {"entries": {"network": [{"id": "1", "labels": [...]}, ...], ...},
    //            "refreshed": {"network": 1795984748.9, ...}}

    private static func read(path: String) -> Store? {
        guard let data = FileManager.default.contents(atPath: path), let json = try? JSON.parse(data) else { return nil }
        var store = Store()
        for (name, list) in json["entries"]?.objectValue ?? JSONObject() {
            guard let kind = IDKind(rawValue: name), let items = list.arrayValue else { continue }
            store.entries[kind] = items.compactMap { item in
                guard let id = item["id"]?.stringValue, ResourceID.isWellFormed(id) else { return nil }
                return IDEntry(id: id, labels: item["labels"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            }
        }
        for (name, time) in json["refreshed"]?.objectValue ?? JSONObject() {
            guard let kind = IDKind(rawValue: name) else { continue }
            switch time {
            case .double(let seconds): store.refreshed[kind] = seconds
            case .int(let seconds): store.refreshed[kind] = Double(seconds)
            default: continue
            }
        }
        return store
    }

    private static func encode(_ store: Store) -> [UInt8] {
        let kinds = IDKind.allCases
        let entries = kinds.compactMap { kind in
            store.entries[kind].map { list -> (String, JSON) in
                (kind.rawValue, .array(list.map { ["id": .string($0.id), "labels": .array($0.labels.map(JSON.string))] }))
            }
        }
        let refreshed = kinds.compactMap { kind in store.refreshed[kind].map { (kind.rawValue, JSON.double($0)) } }
        let file: JSON = ["entries": .object(JSONObject(entries)), "refreshed": .object(JSONObject(refreshed))]
        return file.serializedBytes()
    }

    static func idOrder(_ a: IDEntry, _ b: IDEntry) -> Bool {
        if let x = Int(a.id), let y = Int(b.id) { return x < y }
        return a.id < b.id
    }
}

extension IDEntry {
    /// Whether the id is one a cloud's API can return (not shell syntax, not a control sequence).
    public var isWellFormed: Bool { ResourceID.isWellFormed(id) }

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

    /// The completion entry of a floating IP: address, where it is attached, and its network
    /// (`server create --network=1,<Tab>` offers the free ones of network 1).
    public init(_ ip: FloatingIP) {
        self.init(id: ip.id, labels: [ip.address, ip.instanceID.map { "server \($0)" } ?? "free", "network \(ip.networkID)"])
    }

    /// The completion entry of a server: name and status.
    public init(_ server: Server) {
        self.init(id: server.id, labels: [server.name, server.status].filter { !$0.isEmpty })
    }

    /// The completion entry of a flavor: name and hardware (`1 CPU 128MiB RAM 1GiB disk`, from a detailed listing).
    public init(_ flavor: Flavor) {
        var labels = [flavor.name]
        if let vcpus = flavor.vcpus, let ram = flavor.ram, let disk = flavor.disk {
            labels.append("\(vcpus) CPU \(ram)MiB RAM \(disk)GiB disk")
        }
        self.init(id: flavor.id, labels: labels.filter { !$0.isEmpty })
    }

    /// The completion entry of an image: its name.
    public init(_ image: Image) {
        self.init(id: image.id, labels: [image.name].filter { !$0.isEmpty })
    }

    /// The completion entry of a keypair: its name is its id (kept only when it is id-shaped), with its fingerprint.
    public init(_ keypair: Keypair) {
        self.init(id: keypair.name, labels: [keypair.fingerprint].filter { !$0.isEmpty })
    }
}

extension IDCache {
    /// The file of `cloud`'s ids in `cacheDirectory`: `ids-NAME.json`, with every character of
    /// the name but letters, digits, `-` and `_` written `_`.
    public static func path(cacheDirectory: String, cloud: String) -> String {
        let safe = String(cloud.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        return cacheDirectory + "/ids-\(safe).json"
    }
}
