import Foundation
import KamakiAPI

/// How the two clients' outputs of one line are compared: what must differ is normalised (each side's
/// URL and home folder, timestamps, MAC addresses, trailing blanks and blank lines, the order of a
/// dictionary's keys), then the text is compared, or for JSON every path of kamaki's value is looked up
/// in ours.
struct DifferentialComparison {
    /// The side's own values, replaced by their placeholder names before comparing.
    var sideValues: [(value: String, name: String)]

    private static let timestamp = try! NSRegularExpression(
        pattern: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?"#)
    private static let mac = try! NSRegularExpression(pattern: #"\b([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}\b"#)

    /// A string with the side's values, timestamps and MAC addresses replaced.
    func normalised(_ text: String) -> String {
        var text = text
        for (value, name) in sideValues where !value.isEmpty { text = text.replacingOccurrences(of: value, with: "{\(name)}") }
        for (expression, name) in [(Self.timestamp, "{TIME}"), (Self.mac, "{MAC}")] {
            text = expression.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: NSRegularExpression.escapedTemplate(for: name))
        }
        return text
    }

    /// The text output in canonical form: normalised, blank lines dropped, and each run of sibling
    /// `key: value` blocks (a line and the lines indented under it) sorted, since kamaki 0.16 prints
    /// dictionaries in Python's arbitrary order.
    func canonicalText(_ output: String) -> [String] {
        let lines = normalised(output).split(separator: "\n").map { String($0.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
            .filter { !$0.isEmpty }
        return Self.canonical(Self.blocks(lines[...], indent: 0))
    }

    private struct Block {
        var head: String
        var children: [Block]
        /// `key: value` or `key:` (a key may hold colons itself: `router:external: True`).
        var isKey: Bool {
            let trimmed = head.drop { $0 == " " }
            return !trimmed.hasPrefix(":") && (trimmed.contains(": ") || trimmed.hasSuffix(":"))
        }
    }

    private static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    private static func blocks(_ lines: ArraySlice<String>, indent: Int) -> [Block] {
        var result: [Block] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let head = lines[index]
            var end = index + 1
            while end < lines.endIndex, indentation(lines[end]) > indentation(head) { end += 1 }
            result.append(Block(head: head, children: blocks(lines[(index + 1)..<end], indent: indentation(head) + 1)))
            index = end
        }
        return result
    }

    private static func canonical(_ blocks: [Block]) -> [String] {
        var result: [String] = []
        var run: [[String]] = []
        func flush() {
            result += run.sorted { $0.joined(separator: "\n") < $1.joined(separator: "\n") }.flatMap { $0 }
            run = []
        }
        for block in blocks {
            let lines = [block.head] + canonical(block.children)
            if block.isKey {
                run.append(lines)
            } else {
                flush()
                result += lines
            }
        }
        flush()
        return result
    }

    /// The paths of kamaki's JSON whose value ours lacks or differs in, with both values; nil when
    /// kamaki's output is not JSON.
    func jsonDifferences(kamaki: String, ours: String) -> [String]? {
        guard let theirs = try? JSON.parse(normalised(kamaki)) else { return nil }
        guard let mine = try? JSON.parse(normalised(ours)) else { return ["ours is not JSON"] }
        var differences: [String] = []
        func walk(_ value: JSON, _ other: JSON?, _ path: String) {
            switch value {
            case .object(let object) where !object.isEmpty:
                for (key, child) in object { walk(child, other?.objectValue?[key], path + "." + key) }
            case .array(let array) where !array.isEmpty:
                let others = other?.arrayValue
                for (index, child) in array.enumerated() {
                    walk(child, others.flatMap { index < $0.count ? $0[index] : nil }, path + "[\(index)]")
                }
            default:
                if other != value {
                    differences.append(
                        "\(path.isEmpty ? "." : path): kamaki \(value.serialized()) ours \(other?.serialized() ?? "missing")")
                }
            }
        }
        walk(theirs, mine, "")
        return differences
    }
}
