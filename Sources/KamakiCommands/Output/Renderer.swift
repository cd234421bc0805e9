import KamakiAPI

/// Prints resources in kamaki's shapes: `key: value` dumps with nested 4-space indentation,
/// `id name` list lines, `-l` blocks, and JSON.
struct Renderer {
    let output: any OutputSink
    /// `--output-format` and `--column`, for ``json(_:)``; nil: JSON.
    var presentation: Presentation?
    /// Whether statuses are coloured (``Colour``): the context decides, from the sink, the environment and `--no-color`.
    var colours = false

    /// Prints a resource as `key: value` lines.
    func dict(_ object: JSONObject, order: [String] = [], indent: Int = 0, nestedOrders: [String: [String]] = [:]) {
        var text = ""
        var layout = Layout(nestedOrders: nestedOrders, colours: colours)
        layout.appendDict(object, order: order, indent: indent, skipping: [], into: &text)
        output.write(text, to: .standard)
    }

    /// How much of a list's text is gathered before it is written: a long list goes out in parts, as it is
    /// laid out, never as one text the size of the whole output (5 MB for `port list -l` of 10,000 ports).
    static let listPart = 1 << 16

    /// Prints a list: a header of the title values, then (with `details`) the other keys indented.
    func list(
        _ items: [JSONObject], title: [String] = ["id", "name"], details: Bool, order: [String] = [],
        suffix: ((JSONObject) -> String?)? = nil, nestedOrders: [String: [String]] = [:]
    ) {
        var text = ""
        var wrote = false
        var layout = Layout(nestedOrders: nestedOrders, colours: colours)
        for item in items {
            var separator = false
            for key in title {
                guard let value = item[key] else { continue }
                if separator { text += " " }
                separator = true
                Self.appendScalar(value, to: &text)
            }
            if let extra = suffix?(item) {
                text += " "
                text += extra
            }
            Self.trimTrailingSpaces(&text)
            text += "\n"
            if details { layout.appendDict(item, order: order, indent: 4, skipping: title, into: &text) }
            if text.utf8.count >= Self.listPart {
                output.write(text, to: .standard)
                text = ""
                wrote = true
            }
        }
        if !text.isEmpty || !wrote { output.write(text, to: .standard) }
    }

    /// Prints a command's structured output: JSON indented by 4, or the format `--output-format` chose.
    func json(_ value: JSON) {
        if let presentation, presentation.format != .json { return formatted(value, presentation) }
        output.write(value.prettyPrinted(indent: 4) + "\n", to: .standard)
    }

    // MARK: - Formatting

    /// Lays out `key: value` blocks, remembering the key order it worked out for each preferred order:
    /// the items of a list mostly have the same keys, and sorting them again for each of ten thousand
    /// items was most of the time `-l` took.
    struct Layout {
        let nestedOrders: [String: [String]]
        /// Whether a `status` value is coloured.
        var colours = false
        private var orders: [(preferred: [String], keys: [String], ordered: [(key: String, position: Int)])] = []

        init(nestedOrders: [String: [String]], colours: Bool = false) {
            self.nestedOrders = nestedOrders
            self.colours = colours
        }

        /// `FieldOrder.ordered(keys, preferred:)`, each key with its position in `keys`, from the memory when
        /// these keys were seen last: an object's values are then read by position, not looked up by key (a
        /// server has 31, hashed each for each of a thousand servers).
        mutating func ordered(_ keys: [String], preferred: [String]) -> [(key: String, position: Int)] {
            if let known = orders.last(where: { $0.keys == keys && $0.preferred == preferred }) { return known.ordered }
            let positions = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let ordered = FieldOrder.ordered(keys, preferred: preferred).map { ($0, positions[$0] ?? 0) }
            if orders.count == 8 { orders.removeFirst() }
            orders.append((preferred, keys, ordered))
            return ordered
        }

        mutating func appendDict(_ object: JSONObject, order: [String], indent: Int, skipping: [String], into text: inout String) {
            let pad = String(repeating: " ", count: indent)
            let values = object.values
            for (key, position) in ordered(object.keys, preferred: order) {
                guard !skipping.contains(key) else { continue }
                let value = values[position]
                text += pad
                text += key
                switch value {
                case .object(let nested):
                    text += ":\n"
                    appendDict(nested, order: nestedOrders[key] ?? [], indent: indent + 4, skipping: [], into: &text)
                case .array(let items):
                    text += ":\n"
                    appendArray(items, order: nestedOrders[key] ?? [], indent: indent + 4, into: &text)
                case .string(let status) where colours && key == "status":
                    text += ": "
                    Renderer.appendStatus(status, to: &text)
                    text += "\n"
                default:
                    text += ": "
                    Renderer.appendScalar(value, to: &text)
                    Renderer.trimTrailingSpaces(&text)
                    text += "\n"
                }
            }
        }

        mutating func appendArray(_ items: [JSON], order: [String], indent: Int, into text: inout String) {
            var previousWasObject = false
            for item in items {
                switch item {
                case .object(let nested):
                    if previousWasObject { text += "\n" }
                    appendDict(nested, order: order, indent: indent, skipping: [], into: &text)
                    previousWasObject = true
                case .array(let inner):
                    appendArray(inner, order: order, indent: indent + 4, into: &text)
                    previousWasObject = false
                default:
                    text += String(repeating: " ", count: indent)
                    Renderer.appendScalar(item, to: &text)
                    text += "\n"
                    previousWasObject = false
                }
            }
        }
    }

    /// Appends ``scalar(_:)`` of `value`, without making a string for the common cases.
    static func appendScalar(_ value: JSON, to text: inout String) {
        switch value {
        case .null: text += "None"
        case .bool(let b): text += b ? "True" : "False"
        case .string(let s) where !TerminalText.containsControl(s): text += s
        default: text += scalar(value)
        }
    }

    /// Appends a status, in its colour if it has one; control characters are escaped first (``TerminalText``),
    /// so colour never lets them through, and trailing spaces go as ``trimTrailingSpaces(_:)`` takes them.
    static func appendStatus(_ status: String, to text: inout String) {
        var shown = ""
        appendScalar(.string(status), to: &shown)
        trimTrailingSpaces(&shown)
        guard let role = Colour.status(status) else {
            text += shown
            return
        }
        Colour.append(shown, as: role, to: &text)
    }

    /// Removes the spaces (characters that are a space alone) at the end of `text`: never more than the
    /// current line's, since a line break ends the line before.
    static func trimTrailingSpaces(_ text: inout String) {
        while text.utf8.last == UInt8(ascii: " "), text.last == " " { text.removeLast() }
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
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
