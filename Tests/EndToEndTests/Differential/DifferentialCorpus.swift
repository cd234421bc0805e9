import Foundation

/// The differential test's corpus (Tests/Fixtures/kamaki016-corpus.txt): one command line per line, run
/// with kamaki 0.16 and with ours in the same order. `#` starts a comment line; `## NAME` names the
/// section the following lines belong to. Words are split as a shell splits them (single and double
/// quotes, backslash); `{URL}`, `{TOKEN}`, `{TOKEN2}` and `{HOME}` stand for each side's own values.
struct DifferentialCorpus {
    struct Line: Sendable {
        /// The line as written in the corpus (the allowlist's key).
        var text: String
        var number: Int
        var section: String
        var words: [String]
    }

    var lines: [Line] = []

    static let path = BinaryRun.packageRoot + "/Tests/Fixtures/kamaki016-corpus.txt"

    static func load(path: String = Self.path) throws -> DifferentialCorpus {
        try parse(String(contentsOfFile: path, encoding: .utf8))
    }

    static func parse(_ text: String) throws -> DifferentialCorpus {
        var corpus = DifferentialCorpus()
        var section = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                section = String(line.dropFirst(3))
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            corpus.lines.append(Line(text: line, number: index + 1, section: section, words: try words(line)))
        }
        return corpus
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var description: String
    }

    /// Splits a line into words the way a POSIX shell does for quotes and backslashes (no expansions).
    static func words(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quote != nil || escaped { throw SyntaxError(description: "unterminated quote or escape in: \(line)") }
        if inWord { words.append(current) }
        return words
    }

    /// The words with a side's values in place of the placeholders.
    static func substituted(_ words: [String], values: [String: String]) -> [String] {
        words.map { word in values.reduce(word) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) } }
    }
}
