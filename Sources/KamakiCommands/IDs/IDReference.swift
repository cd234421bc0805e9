import KamakiAPI

/// A resource named on a command line, by its id or by its name: the one resolver behind every
/// id a command takes (`network info 'My Private Net'`, `ip info 192.168.3.5`, `--server-id NAME`)
/// and the shell's `use server NAME`, so they accept the same words and refuse the others with
/// the same messages.
///
/// A number is always an id (``ResourceID/synnefo(_:)``: `0141` is `141`), even where a resource
/// is named by that number: an id wins over a name that looks like one, so such a resource is
/// given by its id. Any other word is a name: a floating IP's address, a subnet's CIDR or name, a
/// port's name or address, the name of anything else.
public enum IDReference {
    /// The id `text` names among the `known` ids of `kind` (the id cache): a number as an id,
    /// else the id of the one entry named `text`; ``IDReferenceError/Problem/invalid`` when no
    /// entry is, ``IDReferenceError/Problem/ambiguous(_:)`` when several are.
    public static func resolve(_ text: String, kind: IDKind, known: [IDEntry]) throws(IDReferenceError) -> String {
        if let id = ResourceID.synnefo(text) { return id }
        let named = known.filter { kind.cachedName(of: $0) == text }
        guard let only = named.first else { throw IDReferenceError(kind: kind, text: text, problem: .invalid) }
        guard named.count == 1 else { throw IDReferenceError(kind: kind, text: text, problem: .ambiguous(named)) }
        return only.id
    }

    /// The id `text` names among `listed` resources of `kind` (a fresh list from the cloud): a
    /// number as an id, else the id of the one resource with that name;
    /// ``IDReferenceError/Problem/unknown`` when none has it, ``IDReferenceError/Problem/ambiguous(_:)``
    /// when several have.
    public static func resolve(_ text: String, kind: IDKind, listed: [NamedID]) throws(IDReferenceError) -> String {
        if let id = ResourceID.synnefo(text) { return id }
        let named = listed.filter { $0.names.contains(text) }
        guard let only = named.first else { throw IDReferenceError(kind: kind, text: text, problem: .unknown) }
        guard named.count == 1 else { throw IDReferenceError(kind: kind, text: text, problem: .ambiguous(named.map(\.entry))) }
        return only.entry.id
    }
}

/// A resource of a fresh list: its id cache entry and the words that name it on a command line.
public struct NamedID: Sendable, Equatable {
    public var entry: IDEntry
    public var names: [String]

    public init(entry: IDEntry, names: [String]) {
        self.entry = entry
        self.names = names.filter { !$0.isEmpty }
    }
}

extension IDKind {
    /// The name an id cache entry of this kind carries (its first label: a name, a floating
    /// IP's address, a subnet's CIDR), or nil for ports, whose entries carry no name (their
    /// first label may be a status); those names are looked up in the cloud's list.
    func cachedName(of entry: IDEntry) -> String? {
        self == .port ? nil : entry.labels.first
    }
}

/// Why a word names no resource of a kind.
public struct IDReferenceError: Error, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// Neither an id nor a name the id cache knows.
        case invalid
        /// Neither an id nor the name of any resource the cloud lists.
        case unknown
        /// The name of several resources: their entries.
        case ambiguous([IDEntry])
    }

    public var kind: IDKind
    /// The word given.
    public var text: String
    public var problem: Problem

    public init(kind: IDKind, text: String, problem: Problem) {
        self.kind = kind
        self.text = text
        self.problem = problem
    }

    /// The error block a command shows; its presenter escapes it. A word that is no id is a
    /// usage error (exit 2); a name no resource has, or several have, is a failure (exit 1), as
    /// a missing id is.
    public var commandError: CommandError {
        let how = "A \(kind.noun) is given by its id (a positive integer on Synnefo, a UUID on OpenStack) or its \(kind.nameWord)"
        switch problem {
        case .invalid:
            return .usage("Invalid \(kind.noun) id \(text)", details: [how, "To list \(kind.noun)s:", "  \(kind.listCommand)"])
        case .unknown:
            let called = kind.nameWord == "name" ? "named" : "with \(kind.nameWord)"
            return CommandError(
                "(404) No \(kind.noun) \(called) \(text)", details: [how, "To list \(kind.noun)s:", "  \(kind.listCommand)"])
        case .ambiguous(let entries):
            let matches = entries.map { ([$0.id] + $0.labels).joined(separator: "  ") }
            return CommandError(
                "Several \(kind.noun)s are named \(text): \(entries.map(\.id).joined(separator: ", "))",
                details: matches + ["Give one of their ids"])
        }
    }
}

extension IDKind {
    /// What besides its id names a resource of this kind (``IDListing``): a floating IP's address,
    /// a subnet's CIDR, a port's address.
    var nameWord: String {
        switch self {
        case .floatingIP: "address"
        case .subnet: "name or CIDR"
        case .port: "name or address"
        default: "name"
        }
    }
}
