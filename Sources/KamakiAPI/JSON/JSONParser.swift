/// A strict JSON parser (RFC 8259) over UTF-8 bytes that keeps object key order.
///
/// It reads the bytes in place through a buffer pointer, valid only inside `JSON.parse(_:)`'s
/// `withUnsafeBufferPointer`: a 5 MB list is read without copying it and without a bounds check per byte
/// (every read is guarded by `index < bytes.count` already).
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    /// The members kept in the items of a list, if only some are (see ``JSON/parse(_:keepingItemMembers:)``).
    let itemMembers: ItemMembers?
    /// Whether the document is an object (whose arrays' objects are a list's items).
    private var documentIsObject = false
    /// The keys and values of the objects and arrays being read, every level on one stack: a container's
    /// are copied out once, into arrays of their exact size, when it ends (not grown one member at a time).
    private var keys: [String] = []
    var values: [JSON] = []
    /// The last few distinct key lists of objects read (see ``sharedKeys(from:)``).
    private var recentKeys: [[String]] = []
    /// By depth, the keys of the last object read there (see ``parseObject(keeping:)``).
    private var lastKeys: [[String]] = []
    /// The same for a list's items, by which of the kept members they hold in what order (see ``itemKeys(_:_:)``).
    var recentItemKeys: [(order: UInt64, keys: [String])] = []
    static let recentKeyLists = 8
    /// The last plain string made of each length (modulo the slots), where it started in the bytes, and
    /// its length (see ``plainString(from:to:)``).
    var recentStrings = [String](repeating: "", count: recentStringSlots)
    var recentStringStarts = [Int](repeating: -1, count: recentStringSlots)
    var recentStringCounts = [Int](repeating: 0, count: recentStringSlots)
    static let recentStringSlots = 16
    /// The longest UTF-8 string Swift stores inline, without a heap block.
    static let inlineStringBytes = 15
    static let maximumDepth = 256
    /// How many members an object's keys are compared with one by one, before they are looked up by hash.
    static let membersLookedUpOneByOne = 16

    init(bytes: UnsafeBufferPointer<UInt8>, itemMembers: ItemMembers? = nil) {
        self.bytes = bytes
        self.itemMembers = itemMembers
    }

    mutating func parseDocument() throws -> JSON {
        skipWhitespace()
        documentIsObject = index < bytes.count && bytes[index] == UInt8(ascii: "{")
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw JSONError("unexpected data after the value", offset: index) }
        return value
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws -> JSON {
        guard index < bytes.count else { throw JSONError("unexpected end of input", offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw JSONError("unexpected character", offset: index)
        }
    }

    private mutating func expect(_ word: StaticString) throws {
        // Byte by byte, so that the error points at the first one that differs.
        for offset in 0..<word.utf8CodeUnitCount {
            guard index < bytes.count, bytes[index] == word.utf8Start[offset] else { throw JSONError("invalid literal", offset: index) }
            index += 1
        }
    }

    mutating func enter() throws {
        depth += 1
        guard depth <= Self.maximumDepth else { throw JSONError("nesting too deep", offset: index) }
    }

    /// Reads an object; with `members`, only those members (the others are skipped).
    private mutating func parseObject(keeping members: ItemMembers? = nil) throws -> JSON {
        try enter()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject())
        }
        let keyBase = keys.count
        let valueBase = values.count
        defer {
            keys.removeSubrange(keyBase...)
            values.removeSubrange(valueBase...)
        }
        // The members' positions by key, once the object has too many to look a key up one by one.
        var positions: [String: Int]?
        // The keys of the last object read at this depth, while this one's are the same so far: its keys are
        // unique, so none of these repeats, and no key need be looked up (a server has 31).
        let known = depth < lastKeys.count ? lastKeys[depth] : []
        var matched: Int? = 0
        while true {
            try startOfKey()
            let kept = try parseKey(keeping: members)
            try endOfKey()
            guard let key = kept else {
                try skipValue()
                guard try endOfMember(closing: UInt8(ascii: "}")) else { continue }
                return keys.count == keyBase ? .object(JSONObject()) : endObject(keyBase: keyBase, valueBase: valueBase, known: nil)
            }
            let value = try parseValue()
            if let count = matched, count < known.count, known[count] == key {
                matched = count + 1
                keys.append(key)
                values.append(value)
            } else {
                if matched != nil, keys.count - keyBase > Self.membersLookedUpOneByOne {
                    positions = Dictionary(uniqueKeysWithValues: zip(keys[keyBase...], keyBase...))
                }
                matched = nil
                // A repeated key keeps its first place and takes the last value, as `JSONObject` does.
                if let position = positions?[key] ?? (positions == nil ? keys[keyBase...].firstIndex(of: key) : nil) {
                    values[valueBase + position - keyBase] = value
                } else {
                    positions?[key] = keys.count
                    keys.append(key)
                    values.append(value)
                    if positions == nil, keys.count - keyBase > Self.membersLookedUpOneByOne {
                        positions = Dictionary(uniqueKeysWithValues: zip(keys[keyBase...], keyBase...))
                    }
                }
            }
            if try endOfMember(closing: UInt8(ascii: "}")) {
                return endObject(keyBase: keyBase, valueBase: valueBase, known: matched == known.count ? known : nil)
            }
        }
    }

    /// The object whose members are on the stacks from these bases (at least one); `known`: its keys, when they
    /// are those of the last object read at this depth.
    private mutating func endObject(keyBase: Int, valueBase: Int, known: [String]?) -> JSON {
        let keys = known ?? sharedKeys(from: keyBase)
        while lastKeys.count <= depth { lastKeys.append([]) }
        lastKeys[depth] = keys
        return .object(JSONObject(uncheckedUniqueKeys: keys, values: takeValues(from: valueBase)))
    }

    /// Skips the whitespace before an object's key, which must follow (a string).
    mutating func startOfKey() throws {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw JSONError("expected a string key", offset: index) }
    }

    /// Reads the `:` after an object's key, and the whitespace around it.
    mutating func endOfKey() throws {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw JSONError("expected ':'", offset: index) }
        index += 1
        skipWhitespace()
    }

    /// Reads what follows a member of an object or an array: `,` (false: another member follows) or
    /// `closing` (true: the container ends).
    mutating func endOfMember(closing: UInt8) throws -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw JSONError("unexpected end of input", offset: index) }
        if bytes[index] == UInt8(ascii: ",") {
            index += 1
            return false
        }
        guard bytes[index] == closing else {
            throw JSONError(closing == UInt8(ascii: "}") ? "expected ',' or '}'" : "expected ',' or ']'", offset: index)
        }
        index += 1
        return true
    }

    /// The keys of the object ending now, as an array an object read before shares when its keys were the
    /// same: the objects of a list mostly have the same keys, and hold one array of them, not one each.
    private mutating func sharedKeys(from base: Int) -> [String] {
        let current = keys[base...]
        if let known = recentKeys.first(where: { $0.count == current.count && $0.elementsEqual(current) }) { return known }
        let made = Array(current)
        if recentKeys.count == Self.recentKeyLists { recentKeys.removeFirst() }
        recentKeys.append(made)
        return made
    }

    /// The values from `base` on (at least one), moved out of the stack into an array of their own without
    /// retaining and releasing each: their slots are left holding `null`, which the stack drops for nothing.
    mutating func takeValues(from base: Int) -> [JSON] {
        let count = values.count - base
        return values.withUnsafeMutableBufferPointer { stack in
            let source = stack.baseAddress! + base
            let taken = [JSON](unsafeUninitializedCapacity: count) { target, initialized in
                target.baseAddress!.moveInitialize(from: source, count: count)
                initialized = count
            }
            source.initialize(repeating: .null, count: count)
            return taken
        }
    }

    private mutating func parseArray() throws -> JSON {
        try enter()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array([])
        }
        let valueBase = values.count
        defer { values.removeSubrange(valueBase...) }
        // The items of a list: the objects of an array in the document's object.
        let items = depth == 2 && documentIsObject ? itemMembers : nil
        while true {
            skipWhitespace()
            let value =
                if let items, index < bytes.count, bytes[index] == UInt8(ascii: "{") {
                    try items.tracked ? parseItem(keeping: items) : parseObject(keeping: items)
                } else {
                    try parseValue()
                }
            values.append(value)
            if try endOfMember(closing: UInt8(ascii: "]")) { return .array(takeValues(from: valueBase)) }
        }
    }
}

extension JSON {
    /// Parses a JSON document from UTF-8 bytes.
    public static func parse<Bytes: Collection>(_ bytes: Bytes) throws -> JSON where Bytes.Element == UInt8 {
        try parse(Array(bytes))
    }

    /// Parses a JSON document from UTF-8 bytes (read in place, not copied).
    public static func parse(_ bytes: [UInt8]) throws -> JSON {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            return try parser.parseDocument()
        }
    }

    /// Parses a list response, `{"<key>": [{...}, ...]}`, keeping in each item (an object in an array that is a
    /// member of the document's object) only the members named in `names`, in the order they came: the others
    /// are checked as strictly as ever but not made, so a list of ten thousand items costs no more than the
    /// members shown. Anything else in the document is read whole.
    public static func parse(_ bytes: [UInt8], keepingItemMembers names: [String]) throws -> JSON {
        try bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, itemMembers: JSONParser.ItemMembers(names))
            return try parser.parseDocument()
        }
    }

    /// Parses a JSON document from text.
    public static func parse(_ text: String) throws -> JSON {
        try parse(Array(text.utf8))
    }
}
