import Foundation

/// The deliberate differences from kamaki 0.16, as docs/compatibility.md lists them: each table row
/// whose first cell is a backticked corpus line (`*` matches any run of characters) names the kind of
/// difference allowed there (`exit`, `text`, `json` or `any`) and why.
struct DifferentialAllowlist {
    struct Entry: Sendable {
        var pattern: String
        var kind: DifferenceKind
        var reason: String
        var documentLine: Int

        func matches(_ line: String) -> Bool { DifferentialAllowlist.glob(pattern, matches: line) }
    }

    var entries: [Entry] = []

    static let path = BinaryRun.packageRoot + "/docs/compatibility.md"

    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    static func load(path: String = Self.path) throws -> DifferentialAllowlist {
        try parse(String(contentsOfFile: path, encoding: .utf8))
    }

    static func parse(_ text: String) throws -> DifferentialAllowlist {
        var list = DifferentialAllowlist()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("| `") {
            // A `\|` in a cell is a literal bar (Markdown's escape), not a cell boundary.
            let cells = line.replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|", omittingEmptySubsequences: false)
                .dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{0}", with: "|") }
            guard cells.count == 3, cells[0].hasPrefix("`"), cells[0].hasSuffix("`"), cells[0].count > 2 else {
                throw FormatError(description: "docs/compatibility.md:\(index + 1): expected | `line` | kind | reason |")
            }
            guard let kind = DifferenceKind(rawValue: cells[1]) else {
                throw FormatError(description: "docs/compatibility.md:\(index + 1): unknown kind \(cells[1]) (exit, text, json, any)")
            }
            guard !cells[2].isEmpty else { throw FormatError(description: "docs/compatibility.md:\(index + 1): no reason given") }
            let pattern = String(cells[0].dropFirst().dropLast())
            list.entries.append(Entry(pattern: pattern, kind: kind, reason: cells[2], documentLine: index + 1))
        }
        return list
    }

    /// The entries that allow `kind` of difference on `line`.
    func allowing(_ kind: DifferenceKind, on line: String) -> [Entry] {
        entries.filter { ($0.kind == kind || $0.kind == .any) && $0.matches(line) }
    }

    /// Whether `text` matches `pattern`, where `*` matches any run of characters.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let parts = pattern.components(separatedBy: "*")
        guard parts.count > 1 else { return pattern == text }
        guard text.hasPrefix(parts[0]) else { return false }
        var rest = Substring(text.dropFirst(parts[0].count))
        for part in parts.dropFirst().dropLast() where !part.isEmpty {
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        let last = parts[parts.count - 1]
        return rest.count >= last.count && rest.hasSuffix(last)
    }
}

/// What may differ between the two clients on one line.
enum DifferenceKind: String, Sendable {
    /// One succeeded (exit 0) and the other did not.
    case exit
    /// Standard output, after normalising what must differ.
    case text
    /// A JSON path of kamaki's output that ours lacks or gives another value.
    case json
    /// Any of them.
    case any
}
