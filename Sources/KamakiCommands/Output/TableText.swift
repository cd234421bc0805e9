import KamakiAPI

/// `--output-format table`: a JSON value as an aligned table with borders, as the openstack client
/// draws them.
///
/// - A list of objects is a row per object, a column per field (every field any of them has, in the
///   order first seen, but `links`, which only repeats the id as URLs, unless asked for); `-c COLUMN`
///   picks columns and their order.
/// - One object is a row per field, under `Field` and `Value`; `-c` picks fields. An object that only
///   wraps another (`{"subnet": {…}}`, kamaki 0.16's JSON of `subnet info`) is shown as the inner one.
/// - Anything else is one `value` column.
///
/// Cells are scalars as the text output prints them (`None`, `True`), nested lists and objects as
/// compact JSON, with every control character escaped (``TerminalText``).
struct TableText {
    var header: [String]
    var rows: [[String]]

    /// The table of `value` with the `requested` columns (all when empty); a column that is not
    /// there (case aside) is a usage error naming the columns there are.
    static func make(_ value: JSON, columns requested: [String]) throws(CommandError) -> TableText? {
        switch value {
        case .array(let items) where items.allSatisfy({ $0.objectValue != nil }):
            let objects = items.compactMap(\.objectValue)
            guard !objects.isEmpty else { return nil }
            var names: [String] = []
            var seen = Set<String>()
            for object in objects { for key in object.keys where seen.insert(key).inserted { names.append(key) } }
            let chosen =
                requested.isEmpty
                ? names.filter { $0 != "links" }
                : try pick(requested, from: names, kind: "column", hint: "A list's -l (--details) gives it every field.")
            return TableText(header: chosen.map(TerminalText.escaped), rows: objects.map { object in chosen.map { cell(object[$0]) } })
        case .object(let object):
            if object.count == 1, let key = object.keys.first, let inner = object[key]?.objectValue {
                return try make(.object(inner), columns: requested)
            }
            let chosen = try pick(requested, from: object.keys, kind: "field")
            return TableText(header: ["Field", "Value"], rows: chosen.map { [TerminalText.escaped($0), cell(object[$0])] })
        case .array(let items):
            _ = try pick(requested, from: ["value"], kind: "column")
            return items.isEmpty ? nil : TableText(header: ["value"], rows: items.map { [cell($0)] })
        default:
            _ = try pick(requested, from: ["value"], kind: "column")
            return TableText(header: ["value"], rows: [[cell(value)]])
        }
    }

    /// The names asked for as the value spells them, in the order asked; all of them when none is asked.
    static func pick(_ requested: [String], from names: [String], kind: String, hint: String? = nil) throws(CommandError) -> [String] {
        guard !requested.isEmpty else { return names }
        var chosen: [String] = []
        for wanted in requested {
            guard let name = names.first(where: { $0 == wanted }) ?? names.first(where: { $0.lowercased() == wanted.lowercased() }) else {
                throw CommandError.usage(
                    "Unknown \(kind) \"\(TerminalText.escaped(wanted))\" for --output-format table",
                    details: ["The \(kind)s are: " + names.map(TerminalText.escaped).joined(separator: ", ")] + (hint.map { [$0] } ?? []))
            }
            if !chosen.contains(name) { chosen.append(name) }
        }
        return chosen
    }

    /// A cell's text: a missing field is empty.
    static func cell(_ value: JSON?) -> String {
        guard let value else { return "" }
        switch value {
        case .array, .object: return TerminalText.escaped(value.serialized())
        default: return Renderer.scalar(value)
        }
    }

    /// The table's text, each line ending in a newline.
    var text: String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
        func line(_ cells: [String]) -> String {
            "| " + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: " | ") + " |\n"
        }
        var text = rule + line(header) + rule
        for row in rows { text += line(row) }
        return text + rule
    }
}
