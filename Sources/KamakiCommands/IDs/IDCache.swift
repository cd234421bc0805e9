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
/// Only well-formed ids (``IDKind/accepts(_:)``) are kept: a cloud's text is data, and
/// these ids are offered to shells and inserted into command lines. Others are dropped when they
/// arrive and when an older file is read. Labels are kept as sent; they are escaped where shown.
///
/// The file is read on first use, not when the cache is made: a shell draws its first prompt
/// without waiting for it. It holds one line per kind (see ``IDCacheFile``), and a kind's line is
/// parsed only when that kind is asked for and encoded only when it changed: listing ten thousand
/// ports neither parses nor encodes the other kinds, nor parses the ports it replaces.
public final class IDCache: Sendable {
    /// The sections known so far, and whether the file was read into them: a served list replaces its
    /// kind without reading it (its save, put off, writes over the file as it then is).
    private let store = Mutex<(sections: [IDKind: IDCacheFile.Section], fileRead: Bool)>(([:], false))
    /// How many times each kind changed in this process: a background refresh that started before
    /// a command changed a kind must not put the older list back (``replace(_:with:ifVersion:)``).
    private let versions = Mutex<[IDKind: Int]>([:])
    /// The kinds this cache changed: a deferred save writes these over the file as it then is.
    private let changed = Mutex<Set<IDKind>>([])
    /// The file it is saved to; nil keeps it in memory only.
    public let path: String?
    /// Whether saves wait for ``savePending()`` (a served command's, once its reply is sent).
    let defersSaves: Bool

    /// `defersSaves`: saves wait for ``savePending()``; by default, for the commands a command server
    /// serves, whose server calls it once the client has its reply.
    public init(path: String?, defersSaves: Bool = RunEnvironment.served != nil) {
        self.path = path
        self.defersSaves = defersSaves
    }

    /// Runs `body` on the sections, reading the file first if this is the first use that needs it.
    /// The file is read outside the lock: reading it first writes other caches' saves put off for it.
    private func withStore<T>(readingFile: Bool = true, _ body: (inout [IDKind: IDCacheFile.Section]) -> T) -> T {
        let unread = readingFile && !store.withLock { $0.fileRead }
        let file = unread ? path.map { Self.readAfterPendingSaves(path: $0, reader: self) } : nil
        return store.withLock { state in
            if unread, !state.fileRead {
                var sections = file ?? [:]
                for (kind, known) in state.sections { sections[kind] = known.over(sections[kind], as: kind) }
                state.sections = sections
                state.fileRead = true
            }
            return body(&state.sections)
        }
    }

    /// A kind's section, parsed.
    private func withKind<T>(_ kind: IDKind, _ body: (inout IDCacheFile.Kind) -> T) -> T {
        withStore { sections in
            var parsed = sections[kind]?.parsed(as: kind) ?? IDCacheFile.Kind()
            defer { sections[kind] = .parsed(parsed) }
            return body(&parsed)
        }
    }

    /// The ids of a kind, in id order.
    public func entries(_ kind: IDKind) -> [IDEntry] {
        withKind(kind) { $0.entries }
    }

    /// When a kind was last replaced by a full list (seconds since 1970), if ever.
    public func refreshed(_ kind: IDKind) -> Double? {
        withKind(kind) { $0.refreshed }
    }

    /// Replaces a kind's ids with a full list.
    public func replace(_ kind: IDKind, with entries: [IDEntry]) {
        bump(kind)
        store(kind, entries)
        save()
    }

    private func store(_ kind: IDKind, _ entries: [IDEntry]) {
        let listed = Self.listed(kind, entries, refreshed: Date().timeIntervalSince1970)
        withStore(readingFile: !defersSaves) { $0[kind] = .parsed(listed) }
    }

    /// A kind as a full list leaves it: its well-formed ids, in id order.
    static func listed(_ kind: IDKind, _ entries: [IDEntry], refreshed: Double) -> IDCacheFile.Kind {
        var kept = entries.filter { kind.accepts($0.id) }
        if !zip(kept, kept.dropFirst()).allSatisfy({ !idOrder($1, $0) }) { kept.sort(by: idOrder) }
        return IDCacheFile.Kind(entries: kept, refreshed: refreshed)
    }

    /// Adds or updates one id.
    public func upsert(_ kind: IDKind, _ entry: IDEntry) {
        update(kind, with: [entry])
    }

    /// Adds or updates the ids of part of a list (`port list -n 20`), keeping the others and when the
    /// kind was last listed whole.
    public func update(_ kind: IDKind, with entries: [IDEntry]) {
        let fresh = entries.filter { kind.accepts($0.id) }
        guard !fresh.isEmpty else { return }
        let ownList = changed.withLock { $0.contains(kind) }
        bump(kind)
        guard defersSaves, path != nil else {
            withKind(kind) { $0 = $0.adding(fresh) }
            return save()
        }
        // Put off with the save, and added to the kind as the file then has it: a served `port list -n 20`
        // neither parses the ten thousand ports the file holds, nor waits for another command's save to read it.
        // A kind this cache holds as read or as saved (not a list of its own since its last save) is the
        // same: another command may have saved it anew since, so a read reads the file again.
        store.withLock { state in
            switch state.sections[kind] {
            case .added(let earlier)?: state.sections[kind] = .added(IDCacheFile.Kind(entries: earlier).adding(fresh).entries)
            case nil: state.sections[kind] = .added(fresh)
            case let before? where ownList: state.sections[kind] = .deferred({ before.parsed(as: kind).adding(fresh) })
            case _?:
                state.sections[kind] = .added(fresh)
                state.fileRead = false
            }
        }
        save()
    }

    /// Replaces a kind's ids with a full list, or adds those of part of one (`partial`).
    public func record(_ kind: IDKind, _ entries: [IDEntry], partial: Bool) {
        if partial { update(kind, with: entries) } else { replace(kind, with: entries) }
    }

    /// ``record(_:_:partial:)`` with each item's entry made by `entry`. A full list whose save is put off (a
    /// served command's) is kept as it is, and its entries made only when this cache is asked for the kind
    /// or saves it, after the reply: making ten thousand entries, and freeing the ten thousand items, are
    /// then no part of the time the command takes.
    public func record<Item: Sendable>(_ kind: IDKind, _ items: [Item], partial: Bool, entry: @escaping @Sendable (Item) -> IDEntry) {
        guard defersSaves, path != nil, !partial else { return record(kind, items.map(entry), partial: partial) }
        bump(kind)
        let refreshed = Date().timeIntervalSince1970
        withStore(readingFile: false) { $0[kind] = .deferred({ Self.listed(kind, items.map(entry), refreshed: refreshed) }) }
        save()
    }

    /// Forgets one id.
    public func remove(_ kind: IDKind, id: String) {
        bump(kind)
        withKind(kind) { $0 = IDCacheFile.Kind(entries: $0.entries.filter { $0.id != id }, refreshed: $0.refreshed) }
        save()
    }

    /// Forgets a kind's ids and when they were listed, so the next completion fetches them
    /// (after `local reset`, or when the cloud's credentials changed under the shell).
    public func invalidate(_ kind: IDKind) {
        bump(kind)
        withStore { $0[kind] = .parsed(IDCacheFile.Kind()) }
        save()
    }

    /// Keeps a kind's ids but forgets when they were listed, so the next completion shows them
    /// and fetches them again (a command may have changed them as a side effect).
    public func markStale(_ kind: IDKind) {
        bump(kind)
        withKind(kind) { $0 = IDCacheFile.Kind(entries: $0.entries, refreshed: nil) }
        save()
    }

    /// Forgets every kind's ids (``invalidate(_:)``).
    public func invalidateAll() {
        for kind in IDKind.allCases { invalidate(kind) }
    }

    /// The number of changes of a kind so far, for ``replace(_:with:ifVersion:)``.
    public func version(_ kind: IDKind) -> Int {
        versions.withLock { $0[kind] ?? 0 }
    }

    /// Replaces a kind's ids with a full list fetched when the kind was at `version`, unless the
    /// kind changed since (a command created, deleted or listed some): then the list is older
    /// than what the cache knows, and it is dropped. Returns whether it replaced them.
    @discardableResult
    public func replace(_ kind: IDKind, with entries: [IDEntry], ifVersion version: Int) -> Bool {
        // Checked and stored under the versions' lock, so no change slips in between.
        let current = versions.withLock { versions -> Bool in
            guard versions[kind, default: 0] == version else { return false }
            versions[kind, default: 0] += 1
            changed.withLock { _ = $0.insert(kind) }
            store(kind, entries)
            return true
        }
        if current { save() }
        return current
    }

    private func bump(_ kind: IDKind) {
        versions.withLock { $0[kind, default: 0] += 1 }
        changed.withLock { _ = $0.insert(kind) }
    }

    private func save() {
        guard let path else { return }
        if defersSaves {
            Self.defer(self)
        } else {
            PrivateFile.save(withStore { IDCacheFile.encode(&$0) }, to: path, durability: .cache)
        }
    }

    /// Writes the kinds this cache changed since its last save over the file as it is now, keeping the others' lines as
    /// they are there: a command served beside this one may have saved another kind since this one
    /// read the file. Runs under the lock saves are written under (``savePending()``), so saves of this process
    /// do not interleave.
    func saveChangedKinds() {
        guard let path else { return }
        // Taken: a later save writes only what changed after this one (a change made meanwhile puts its
        // kind back), never this cache's old copy of a kind another command has saved anew since.
        let kinds = changed.withLock { kinds in
            defer { kinds.removeAll() }
            return kinds
        }
        var onDisk = IDCacheFile.read(path: path)
        let bytes = withStore(readingFile: false) { sections in
            for kind in kinds { onDisk[kind] = sections[kind]?.over(onDisk[kind], as: kind) ?? .parsed(IDCacheFile.Kind()) }
            defer { for kind in kinds { sections[kind] = onDisk[kind] } }
            return IDCacheFile.encode(&onDisk)
        }
        PrivateFile.save(bytes, to: path, durability: .cache)
    }

    static func idOrder(_ a: IDEntry, _ b: IDEntry) -> Bool {
        if let x = Int(a.id), let y = Int(b.id) { return x < y }
        return a.id < b.id
    }
}

extension IDEntry {
    /// Whether the id is one a cloud's API can return (not shell syntax, not a control sequence).
    public var isWellFormed: Bool { ResourceID.isWellFormed(id) }

    /// Whether the id is one of `kind`'s (a keypair's is its name, spaces and all).
    public func isWellFormed(as kind: IDKind) -> Bool { kind.accepts(id) }

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
        var labels: [String] = []
        labels.reserveCapacity(4)
        if let address = port.firstAddress { labels.append(address) }
        labels.append(port.status)
        labels.append("network " + port.networkID)
        if let device = port.deviceID { labels.append("server " + device) }
        self.init(id: port.id, labels: labels)
    }

    /// The completion entry of a floating IP: address, where it is attached, and its network
    /// (`server create --network=1,<Tab>` offers the free ones of network 1).
    public init(_ ip: FloatingIP) {
        self.init(ip, instance: ip.instanceID)
    }

    /// The completion entry of a floating IP now attached to `instance` (nil: now free), as an
    /// `ip attach` or `ip detach` leaves it.
    public init(_ ip: FloatingIP, instance: String?) {
        self.init(id: ip.id, labels: [ip.address, instance.map { "server \($0)" } ?? "free", "network \(ip.networkID)"])
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

    /// The completion entry of a keypair: its name is its id (see ``IDKind/accepts(_:)``), with its fingerprint.
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
