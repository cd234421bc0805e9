import KamakiAPI

/// Prints resources in kamaki's shapes: `key: value` dumps with nested 4-space indentation,
/// `id name` list lines, `-l` blocks, and JSON.
struct Renderer {
    let output: any OutputSink

    /// Prints a resource as `key: value` lines.
    func dict(_ object: JSONObject, order: [String] = [], indent: Int = 0, nestedOrders: [String: [String]] = [:]) {
        var text = ""
        Self.appendDict(object, order: order, indent: indent, nestedOrders: nestedOrders, into: &text)
        output.write(text, to: .standard)
    }

    /// Prints a list: a header of the title values, then (with `details`) the other keys indented.
    func list(
        _ items: [JSONObject], title: [String] = ["id", "name"], details: Bool, order: [String] = [],
        suffix: ((JSONObject) -> String?)? = nil, nestedOrders: [String: [String]] = [:]
    ) {
        var text = ""
        for item in items {
            var header = title.compactMap { key in item[key].map(Self.scalar) }.joined(separator: " ")
            if let extra = suffix?(item) { header += " " + extra }
            text += Self.trimTrailing(header) + "\n"
            guard details else { continue }
            var body = item
            for key in title { body[key] = nil }
            Self.appendDict(body, order: order, indent: 4, nestedOrders: nestedOrders, into: &text)
        }
        output.write(text, to: .standard)
    }

    /// Prints JSON, indented by 4.
    func json(_ value: JSON) {
        output.write(value.prettyPrinted(indent: 4) + "\n", to: .standard)
    }

    // MARK: - Formatting

    static func appendDict(
        _ object: JSONObject, order: [String], indent: Int, nestedOrders: [String: [String]], into text: inout String
    ) {
        let pad = String(repeating: " ", count: indent)
        for key in FieldOrder.ordered(object.keys, preferred: order) {
            guard let value = object[key] else { continue }
            switch value {
            case .object(let nested):
                text += "\(pad)\(key):\n"
                appendDict(nested, order: nestedOrders[key] ?? [], indent: indent + 4, nestedOrders: nestedOrders, into: &text)
            case .array(let items):
                text += "\(pad)\(key):\n"
                appendArray(items, order: nestedOrders[key] ?? [], indent: indent + 4, nestedOrders: nestedOrders, into: &text)
            default:
                text += trimTrailing("\(pad)\(key): \(scalar(value))") + "\n"
            }
        }
    }

    static func appendArray(
        _ items: [JSON], order: [String], indent: Int, nestedOrders: [String: [String]], into text: inout String
    ) {
        let pad = String(repeating: " ", count: indent)
        var previousWasObject = false
        for item in items {
            switch item {
            case .object(let nested):
                if previousWasObject { text += "\n" }
                appendDict(nested, order: order, indent: indent, nestedOrders: nestedOrders, into: &text)
                previousWasObject = true
            case .array(let inner):
                appendArray(inner, order: order, indent: indent + 4, nestedOrders: nestedOrders, into: &text)
                previousWasObject = false
            default:
                text += "\(pad)\(scalar(item))\n"
                previousWasObject = false
            }
        }
    }

    /// A scalar as kamaki prints it: None, True/False, numbers, strings with control characters escaped.
    static func scalar(_ value: JSON) -> String {
        switch value {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .string(let s): return TerminalText.escaped(s)
        case .array, .object: return value.serialized()
        }
    }

    static func trimTrailing(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
