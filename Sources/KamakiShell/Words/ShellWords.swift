/// A shell line split into words the POSIX way: blanks separate words; `'…'` keeps text as is;
/// `"…"` keeps text but lets `\` escape `"`, `\`, `$` and a backquote; outside quotes `\` escapes
/// any character and `\` + newline joins lines; a `#` that starts a word starts a comment.
///
/// It also says what a completer needs: where each word starts in the raw text (in Unicode
/// scalars, which are libedit's characters on Linux), whether the text ends inside a word, and
/// any quote or escape still open (the line then needs a continuation).
public struct ShellWords: Sendable, Equatable {
    /// One word: its text with quotes and escapes removed, and its raw extent.
    public struct Word: Sendable, Equatable {
        public var text: String
        /// The raw offset of the word's first scalar.
        public var rawStart: Int
        /// The raw offset just past the word.
        public var rawEnd: Int
        /// The raw offset of each scalar of `text`.
        public var offsets: [Int]
    }

    public var words: [Word]
    /// The quote (`'` or `"`) still open at the end of the text.
    public var openQuote: Unicode.Scalar?
    /// Whether the text ends with an escaping backslash.
    public var danglingEscape: Bool
    /// Whether the last word runs to the end of the text (no blank after it).
    public var endsInWord: Bool
    /// The raw length of the text in scalars.
    public var rawLength: Int
    /// Whether a comment (`#` starting a word) runs to the end of the text.
    public var hasComment: Bool

    /// Whether the line is unfinished: an open quote or a trailing backslash.
    public var needsContinuation: Bool { openQuote != nil || danglingEscape }

    /// The words' texts.
    public var texts: [String] { words.map(\.text) }

    /// Splits a complete line; an open quote or trailing backslash is an error.
    public static func split(_ line: String) throws(ShellWordsError) -> [String] {
        let scanned = scan(line)
        if let quote = scanned.openQuote { throw .unterminatedQuote(Character(quote)) }
        if scanned.danglingEscape { throw .danglingEscape }
        return scanned.texts
    }

    /// Scans any text, finished or not; never fails.
    public static func scan(_ text: String) -> ShellWords {
        var scanner = Scanner()
        for scalar in text.unicodeScalars { scanner.feed(scalar) }
        return scanner.finish()
    }

    /// The scanning state machine.
    private struct Scanner {
        var words: [Word] = []
        var text = String.UnicodeScalarView()
        var offsets: [Int] = []
        var start = 0
        var inWord = false
        var quote: Unicode.Scalar?
        var escape = false
        var index = 0
        var commented = false
        /// Whether the current word has a quote (so an empty word is still a word).
        var hadQuote = false

        mutating func feed(_ scalar: Unicode.Scalar) {
            defer { index += 1 }
            if commented { return }
            if escape {
                escape = false
                if scalar == "\n" {
                    if quote == nil && text.isEmpty && offsets.isEmpty && !hadQuote { inWord = false }
                    return
                }
                if quote == "\"" && !"\"\\$`".unicodeScalars.contains(scalar) { append("\\", at: index - 1) }
                append(scalar, at: index)
                return
            }
            if let open = quote {
                if scalar == open {
                    quote = nil
                } else if open == "\"" && scalar == "\\" {
                    escape = true
                } else {
                    append(scalar, at: index)
                }
                return
            }
            switch scalar {
            case " ", "\t", "\n", "\r":
                if inWord { endWord(at: index) }
            case "'", "\"":
                begin()
                hadQuote = true
                quote = scalar
            case "\\":
                begin()
                escape = true
            case "#" where !inWord:
                commented = true
            default:
                begin()
                append(scalar, at: index)
            }
        }

        mutating func begin() {
            guard !inWord else { return }
            inWord = true
            start = index
            hadQuote = false
        }

        mutating func append(_ scalar: Unicode.Scalar, at offset: Int) {
            text.append(scalar)
            offsets.append(offset)
        }

        mutating func endWord(at end: Int) {
            words.append(Word(text: String(text), rawStart: start, rawEnd: end, offsets: offsets))
            text = String.UnicodeScalarView()
            offsets = []
            inWord = false
        }

        mutating func finish() -> ShellWords {
            let length = index
            let endsInWord = inWord && !commented
            if inWord { endWord(at: length) }
            return ShellWords(
                words: words, openQuote: quote, danglingEscape: escape && quote == nil, endsInWord: endsInWord,
                rawLength: length, hasComment: commented)
        }
    }
}

/// Why a line cannot be split.
public enum ShellWordsError: Error, Equatable, CustomStringConvertible {
    case unterminatedQuote(Character)
    case danglingEscape

    public var description: String {
        switch self {
        case .unterminatedQuote(let quote): "unterminated \(quote) quote"
        case .danglingEscape: "the line ends with a backslash"
        }
    }
}
