import KamakiAPI
import KamakiClient

/// Every resource of a kind as the cloud lists it, with the words that name it, for resolving a
/// name the id cache does not know (``IDReference/resolve(_:kind:listed:)``). The list replaces
/// the kind's cached ids, as the kind's `list -l` does.
enum IDListing {
    /// The id `text` names, the one path every id a command takes (and the shell's `use`) goes
    /// through: a number is an id as it is, and so is a UUID on an OpenStack cloud; a name is looked up in the id cache and, when the
    /// cache has no single entry of that name, in the cloud's list of `kind` (which refreshes the
    /// cache). Images and keypairs are taken as given. See ``IDReference``.
    static func resolve(
        _ text: String, _ kind: IDKind, ids: IDCache?, client: () async throws -> CloudClient
    ) async throws -> String {
        if let id = ResourceID.synnefo(text) { return id }
        // No resource is named by nothing (the request refuses an empty id), and a number that is
        // no id (0, -1) is a mistake, not a name.
        if text.allSatisfy(\.isWhitespace) { return text }
        if Int(text) != nil { throw IDReferenceError(kind: kind, text: text, problem: .invalid).commandError }
        // An OpenStack cloud's UUID is an id as it is; on Synnefo a UUID is no id, so it can only be a name.
        if CloudDialect.isUUID(text), let id = try await client().resourceID(text) { return id }
        do {
            if let cached = try? IDReference.resolve(text, kind: kind, known: ids?.entries(kind) ?? []) { return cached }
            guard let listed = try await named(kind, client: client(), ids: ids) else { return text }
            return try IDReference.resolve(text, kind: kind, listed: listed)
        } catch let error as IDReferenceError {
            throw error.commandError
        }
    }

    /// The resources of `kind`, or nil for the kinds not given by name (images, whose ids are
    /// not numbers; keypairs, whose id is their name).
    static func named(_ kind: IDKind, client: CloudClient, ids: IDCache?) async throws -> [NamedID]? {
        let listed: [NamedID]
        switch kind {
        case .network:
            listed = try await client.listNetworks().map { NamedID(entry: IDEntry($0), names: [$0.name]) }
        case .subnet:
            listed = try await client.listSubnets().map { NamedID(entry: IDEntry($0), names: [$0.name, $0.cidr]) }
        case .port:
            listed = try await client.listPorts().map { NamedID(entry: IDEntry($0), names: [$0.name] + $0.fixedIPs.map(\.ipAddress)) }
        case .floatingIP:
            listed = try await client.listFloatingIPs().map { NamedID(entry: IDEntry($0), names: [$0.address]) }
        case .server:
            listed = try await client.listServers(detail: true).map { NamedID(entry: IDEntry($0), names: [$0.name]) }
        case .flavor:
            listed = try await client.listFlavors(detail: true).map { NamedID(entry: IDEntry($0), names: [$0.name]) }
        case .image, .keypair:
            return nil
        }
        ids?.replace(kind, with: listed.map(\.entry))
        return listed
    }
}

extension CloudConnection {
    /// The id `text` names on this cloud (``IDListing/resolve(_:_:ids:client:)``): the shell's
    /// `use` resolves through it as commands do. Any failure is the error block a command shows.
    public nonisolated func resolvedID(_ text: String, _ kind: IDKind) async throws(CommandError) -> String {
        do {
            return try await IDListing.resolve(text, kind, ids: ids) { try await self.client() }
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError(String(ErrorPresenter.block(for: error).text.dropLast()))
        }
    }
}
