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
    /// The operators outside quotes and escapes (`|`, `||`, `>`, `>>`, `>|`, `>&`, `<`, …), when
    /// scanned with `operators: true` (``ShellPipe``); otherwise they are word characters.
    public var operators: [Operator] = []

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

    /// Scans any text, finished or not; never fails. With `operators`, an unquoted, unescaped
    /// `|`, `>` or `<` ends a word and starts an operator, as in a POSIX shell.
    public static func scan(_ text: String, operators: Bool = false) -> ShellWords {
        var scanner = Scanner()
        scanner.operatorMode = operators
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
        var operatorMode = false
        var operators: [Operator] = []
        /// Whether the current word has an escape (so `\2>` is no descriptor number).
        var hadEscape = false

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
                hadEscape = true
            case "#" where !inWord:
                commented = true
            case "|", ">", "<", "&":
                if operatorMode, scalar != "&" || (!inWord && extendsOperator) {
                    addOperator(scalar)
                } else {
                    begin()
                    append(scalar, at: index)
                }
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
            hadEscape = false
        }

        /// The operators two characters long.
        static let pairs: Set<String> = ["||", ">>", ">|", ">&", "<<", "<&", "<>"]

        /// Whether an `&` at `index` would continue the operator just before it (`>&`, `<&`).
        var extendsOperator: Bool {
            guard let last = operators.last, last.rawEnd == index else { return false }
            return last.text == ">" || last.text == "<"
        }

        /// `|`, `>`, `<` (or `&` after `>`/`<`): joins the operator just before it (`||`, `>>`,
        /// `>&`, …), else starts one; one digit right before `>` or `<` is its descriptor (`2>`; as dash, `12>` is no descriptor).
        mutating func addOperator(_ scalar: Unicode.Scalar) {
            if !inWord, let last = operators.last, last.rawEnd == index, Self.pairs.contains(last.text + String(scalar)) {
                operators[operators.count - 1].text.append(Character(scalar))
                operators[operators.count - 1].rawEnd = index + 1
                return
            }
            var descriptor: Int?
            var operatorStart = index
            if inWord {
                let digits = String(text)
                if scalar != "|", !hadQuote, !hadEscape, digits.count == 1,
                    digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })
                {
                    descriptor = Int(digits)
                    operatorStart = start
                    text = String.UnicodeScalarView()
                    offsets = []
                    inWord = false
                } else {
                    endWord(at: index)
                }
            }
            operators.append(
                Operator(text: String(scalar), descriptor: descriptor, rawStart: operatorStart, rawEnd: index + 1, wordsBefore: words.count)
            )
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
                rawLength: length, hasComment: commented, operators: operators)
        }
    }
}

extension ShellWords {
    /// A shell operator: its text (`|`, `>>`, `>&`, …), the descriptor number written before it
    /// (`2` in `2>&1`), its raw extent (the number included) and how many words come before it.
    public struct Operator: Sendable, Equatable {
        public var text: String
        public var descriptor: Int?
        public var rawStart: Int
        public var rawEnd: Int
        public var wordsBefore = 0

        public init(text: String, descriptor: Int? = nil, rawStart: Int, rawEnd: Int, wordsBefore: Int = 0) {
            self.text = text
            self.descriptor = descriptor
            self.rawStart = rawStart
            self.rawEnd = rawEnd
            self.wordsBefore = wordsBefore
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
