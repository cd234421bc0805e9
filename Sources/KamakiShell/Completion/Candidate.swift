/// One completion candidate: the text inserted, a description shown beside it, other words
/// it can be found by (a resource's name or address), and what follows it when it is unique.
public struct Candidate: Sendable, Equatable {
    public var value: String
    /// The description; a resource id's candidate shows its aliases (name, address, status).
    public var detail: String { explicitDetail.isEmpty ? aliases.joined(separator: "  ") : explicitDetail }
    private var explicitDetail: String
    public var aliases: [String]
    /// What is shown beside the value: the description, or each alias in a column of its own.
    public var detailColumns: [String] { explicitDetail.isEmpty ? aliases : [explicitDetail] }
    /// Appended after a unique completion: a space, or `=` after an option that takes a value.
    public var terminator: String

    public init(_ value: String, detail: String = "", aliases: [String] = [], terminator: String = " ") {
        self.value = value
        self.explicitDetail = detail
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
        let folded = Folded(partial)
        let byAlias = candidates.filter { candidate in
            folded.prefixes(candidate.value) || candidate.aliases.contains { folded.prefixes($0) }
        }
        if !byAlias.isEmpty { return (byAlias, .alias) }
        let inside = candidates.filter { candidate in
            folded.isInside(candidate.value) || candidate.aliases.contains { folded.isInside($0) }
        }
        return (inside, .substring)
    }

    /// A partial word for case-insensitive matching; ASCII words (ids, addresses, most names)
    /// compare byte by byte without allocating, others through `lowercased()`.
    struct Folded {
        let text: String
        let ascii: [UInt8]?

        init(_ partial: String) {
            text = partial.lowercased()
            ascii = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
        }

        func prefixes(_ candidate: String) -> Bool {
            guard let ascii else { return candidate.lowercased().hasPrefix(text) }
            var index = 0
            for byte in candidate.utf8 {
                if index == ascii.count { return true }
                guard Self.lower(byte) == ascii[index] else { return false }
                index += 1
            }
            return index == ascii.count
        }

        func isInside(_ candidate: String) -> Bool {
            guard let ascii, !ascii.isEmpty else { return candidate.lowercased().contains(text) }
            let found = candidate.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard bytes.count >= ascii.count else { return false }
                for start in 0...(bytes.count - ascii.count) {
                    var offset = 0
                    while offset < ascii.count, Self.lower(bytes[start + offset]) == ascii[offset] { offset += 1 }
                    if offset == ascii.count { return true }
                }
                return false
            }
            return found ?? candidate.lowercased().contains(text)
        }

        static func lower(_ byte: UInt8) -> UInt8 {
            byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        }
    }
}
