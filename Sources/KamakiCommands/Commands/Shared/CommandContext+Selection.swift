import ArgumentParser
import KamakiAPI
import KamakiClient

extension CommandContext {
    /// The network given (an id or a name: ``resolvedID(_:_:)``), else the session's selected
    /// network (said on stderr), else a usage error.
    func networkID(_ given: String?, what: String = "a network id") async throws -> String {
        if let given { return try await resolvedID(given, .network) }
        if let selected = session?.network {
            output.note("Using network \(selected) from the session context")
            return selected
        }
        throw CommandError.usage("Missing \(what)", details: ["Give one, or select a network in the shell: use network ID"])
    }

    /// The server given (an id or a name: ``resolvedID(_:_:)``), else the session's selected
    /// server (said on stderr), else a usage error.
    func serverID(_ given: String?, flag: String = "--server-id") async throws -> String {
        if let given { return try await resolvedID(given, .server) }
        if let selected = session?.server {
            output.note("Using server \(selected) from the session context")
            return selected
        }
        throw CommandError.usage("Missing \(flag)", details: ["Give one, or select a server in the shell: use server ID"])
    }

    /// The id `text` names: ``IDListing/resolve(_:_:ids:client:)``, the one path of every id
    /// a command takes (a number is an id; a name is looked up in the id cache, else the cloud).
    func resolvedID(_ text: String, _ kind: IDKind) async throws -> String {
        try await IDListing.resolve(text, kind, ids: ids) { try await client() }
    }

    /// The id `text` names by the id cache alone (a number, or a name the cache knows), for a
    /// value checked before any request (`server create --network NAME`).
    func cachedID(_ text: String, _ kind: IDKind) throws -> String {
        do {
            return try IDReference.resolve(text, kind: kind, known: ids?.entries(kind) ?? [])
        } catch {
            throw error.commandError
        }
    }

    /// The ids each of `texts` names (``resolvedID(_:_:)``), in order.
    func resolvedIDs(_ texts: [String], _ kind: IDKind) async throws -> [String] {
        var ids: [String] = []
        for text in texts { ids.append(try await resolvedID(text, kind)) }
        return ids
    }
}

/// Client-side filters of list commands: `--name`, `--name-prefix`, … (case-insensitive, as kamaki).
struct NameFilters: ParsableArguments, Sendable {
    @Option(name: .customLong("name"), help: "Show only items with this name.") var name: String?
    @Option(name: .customLong("name-prefix"), help: "Show only items whose name starts with this.") var namePrefix: String?
    @Option(name: .customLong("name-suffix"), help: "Show only items whose name ends with this.") var nameSuffix: String?
    @Option(name: .customLong("name-like"), help: "Show only items whose name contains this.") var nameLike: String?
    @Option(name: .customLong("id"), help: "Show only the item with this id.") var id: String?
    @Option(name: .customLong("id-prefix"), help: "Show only items whose id starts with this.") var idPrefix: String?
    @Option(name: .customLong("id-suffix"), help: "Show only items whose id ends with this.") var idSuffix: String?
    @Option(name: .customLong("id-like"), help: "Show only items whose id contains this.") var idLike: String?
    @Flag(
        name: .customLong("more"), help: "Page the list (with the PAGER, else less -FRX) when the output is a terminal, even a short one.")
    var more = false

    func matches(id itemID: String, name itemName: String) -> Bool {
        let n = itemName.lowercased()
        let i = itemID.lowercased()
        if let name, n != name.lowercased() { return false }
        if let namePrefix, !n.hasPrefix(namePrefix.lowercased()) { return false }
        if let nameSuffix, !n.hasSuffix(nameSuffix.lowercased()) { return false }
        if let nameLike, !n.contains(nameLike.lowercased()) { return false }
        if let id, i != id.lowercased() { return false }
        if let idPrefix, !i.hasPrefix(idPrefix.lowercased()) { return false }
        if let idSuffix, !i.hasSuffix(idSuffix.lowercased()) { return false }
        if let idLike, !i.contains(idLike.lowercased()) { return false }
        return true
    }

    /// Whether any filter is given.
    var isActive: Bool { [name, namePrefix, nameSuffix, nameLike, id, idPrefix, idSuffix, idLike].contains { $0 != nil } }

    func filter<R: APIResource>(_ items: [R]) -> [R] {
        // Without a filter, ten thousand items are not lower-cased for nothing.
        guard isActive else { return items }
        return items.filter { matches(id: $0.id, name: $0.name) }
    }
}
