import KamakiAPI

/// A resource named on a command line, by its id or by a name the id cache knows: the one
/// resolver behind `--server-id NAME`, `--device-id NAME` and the shell's `use server NAME`,
/// so they accept the same words and refuse the others with the same message.
public enum IDReference {
    /// The id `text` names among the `known` ids of `kind`: a known id as it is, else the id of
    /// the one entry named `text`, else `text` itself; it must then be a valid id
    /// (``ResourceID/synnefo(_:)``), which it is returned as.
    public static func resolve(_ text: String, kind: IDKind, known: [IDEntry]) throws(IDReferenceError) -> String {
        var id = text
        if !known.contains(where: { $0.id == text }) {
            let named = known.filter { $0.labels.first == text }
            if named.count > 1 { throw IDReferenceError(kind: kind, text: text, problem: .ambiguous(named.map(\.id))) }
            if let only = named.first { id = only.id }
        }
        guard let valid = ResourceID.synnefo(id) else { throw IDReferenceError(kind: kind, text: text, problem: .invalid) }
        return valid
    }
}

/// Why a word names no resource of a kind.
public struct IDReferenceError: Error, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// Neither an id nor a known name.
        case invalid
        /// The name of several resources: their ids.
        case ambiguous([String])
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

    /// The error block a command shows (a usage error, exit 2); its presenter escapes it.
    public var commandError: CommandError {
        switch problem {
        case .invalid:
            .usage(
                "Invalid \(kind.noun) id \(text)",
                details: [
                    "A \(kind.noun) is given by its id (a positive integer) or its name", "To list \(kind.noun)s:", "  \(kind.listCommand)",
                ])
        case .ambiguous(let ids):
            .usage(
                "Several \(kind.noun)s are named \(text): \(ids.joined(separator: ", "))",
                details: ["Give one of their ids"])
        }
    }
}
