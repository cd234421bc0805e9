/// One completion candidate: the text inserted, a description shown beside it, other words
/// it can be found by (a resource's name or address), and what follows it when it is unique.
public struct Candidate: Sendable, Equatable {
    public var value: String
    public var detail: String
    public var aliases: [String]
    /// Appended after a unique completion: a space, or `=` after an option that takes a value.
    public var terminator: String

    public init(_ value: String, detail: String = "", aliases: [String] = [], terminator: String = " ") {
        self.value = value
        self.detail = detail
        self.aliases = aliases
        self.terminator = terminator
    }
}

/// Chooses the candidates a partial word matches, in three tiers; the first non-empty tier wins:
/// the value starts with the partial; the value or an alias starts with it ignoring case
/// (a name or address finds its id); the value or an alias contains it ignoring case.
public enum CandidateMatcher {
    /// How the matches were found.
    public enum Tier: Sendable, Equatable {
        /// The partial is a prefix of every value: the common prefix may be inserted.
        case prefix
        /// Matched by case-insensitive prefix of the value or an alias.
        case alias
        /// Matched by a substring.
        case substring
    }

    public static func match(_ candidates: [Candidate], partial: String) -> (matches: [Candidate], tier: Tier) {
        if partial.isEmpty { return (candidates, .prefix) }
        let exact = candidates.filter { $0.value.hasPrefix(partial) }
        if !exact.isEmpty { return (exact, .prefix) }
        let folded = partial.lowercased()
        let byAlias = candidates.filter { candidate in
            candidate.value.lowercased().hasPrefix(folded) || candidate.aliases.contains { $0.lowercased().hasPrefix(folded) }
        }
        if !byAlias.isEmpty { return (byAlias, .alias) }
        let inside = candidates.filter { candidate in
            candidate.value.lowercased().contains(folded) || candidate.aliases.contains { $0.lowercased().contains(folded) }
        }
        return (inside, .substring)
    }
}
