/// What a Tab does to the line: replace the word being completed, list candidates, or beep.
public enum CompletionEdit: Sendable, Equatable {
    /// Delete `deleting` characters before the cursor and insert `text`.
    case insert(deleting: Int, text: String)
    /// Show these candidates under the line.
    case list([Candidate])
    /// Nothing matches.
    case beep
}

/// The completer's answer before it becomes an edit: the candidates that match the word under
/// the cursor, and where that word starts.
public struct CompletionResult: Sendable, Equatable {
    /// The raw offset (in scalars) where the replaced text starts.
    public var replaceFrom: Int
    /// The raw length of the text before the cursor.
    public var cursor: Int
    /// The word being completed, unquoted.
    public var partial: String
    /// The quote open in the word, if any.
    public var openQuote: Unicode.Scalar?
    public var matches: [Candidate]
    public var tier: CandidateMatcher.Tier

    /// The edit: a unique match replaces the word (plus its terminator); several matches insert
    /// their longest common prefix when it is longer than the word, else they are listed.
    public var edit: CompletionEdit {
        guard let first = matches.first else { return .beep }
        let deleting = cursor - replaceFrom
        if matches.allSatisfy({ $0.value == first.value }) {
            return .insert(deleting: deleting, text: Self.quoted(first.value, open: openQuote, closing: true) + first.terminator)
        }
        if tier == .prefix {
            let common = Self.commonPrefix(matches.map(\.value), atLeast: partial.unicodeScalars.count)
            if common.unicodeScalars.count > partial.unicodeScalars.count {
                return .insert(deleting: deleting, text: Self.quoted(common, open: openQuote, closing: false))
            }
        }
        return .list(matches)
    }

    /// The longest common prefix, by Unicode scalars; stops early once it is `atLeast` long
    /// (a prefix every value is known to share).
    static func commonPrefix(_ values: [String], atLeast known: Int = 0) -> String {
        guard var prefix = values.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for value in values.dropFirst() {
            if prefix.count <= known { break }
            var length = 0
            for scalar in value.unicodeScalars {
                guard length < prefix.count, prefix[length] == scalar else { break }
                length += 1
            }
            if length < prefix.count { prefix.removeSubrange(length...) }
            if prefix.isEmpty { break }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: prefix)
        return String(text)
    }

    /// A value as typed text: inside the open quote (closed when `closing`), or with special
    /// characters escaped by backslashes.
    static func quoted(_ value: String, open: Unicode.Scalar?, closing: Bool) -> String {
        let plain = !value.contains { " \t\n\r'\"\\#".contains($0) }
        switch plain ? nil : open {
        case "'" where !value.contains("'"):
            return "'" + value + (closing ? "'" : "")
        case "\"":
            var text = "\""
            for character in value {
                if "\"\\$`".contains(character) { text.append("\\") }
                text.append(character)
            }
            return text + (closing ? "\"" : "")
        default:
            var text = ""
            for character in value {
                if " \t\n\r'\"\\#".contains(character) { text.append("\\") }
                text.append(character)
            }
            return text
        }
    }
}
