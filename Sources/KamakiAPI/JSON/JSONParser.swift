/// A strict JSON parser (RFC 8259) over UTF-8 bytes that keeps object key order.
///
/// It reads the bytes in place through a buffer pointer, valid only inside `JSON.parse(_:)`'s
/// `withUnsafeBufferPointer`: a 5 MB list is read without copying it and without a bounds check per byte
/// (every read is guarded by `index < bytes.count` already).
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// The keys and values of the objects and arrays being read, every level on one stack: a container's
    /// are copied out once, into arrays of their exact size, when it ends (not grown one member at a time).
    private var keys: [String] = []
    private var values: [JSON] = []
    /// The last few distinct key lists of objects read (see ``sharedKeys(from:)``).
    private var recentKeys: [[String]] = []
    static let recentKeyLists = 8
    static let maximumDepth = 256
    /// How many members an object's keys are compared with one by one, before they are looked up by hash.
    static let membersLookedUpOneByOne = 16

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parseDocument() throws -> JSON {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw JSONError("unexpected data after the value", offset: index) }
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws -> JSON {
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

    private mutating func expect(_ word: String) throws {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw JSONError("invalid literal", offset: index) }
            index += 1
        }
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= Self.maximumDepth else { throw JSONError("nesting too deep", offset: index) }
    }

    private mutating func parseObject() throws -> JSON {
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
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw JSONError("expected a string key", offset: index)
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw JSONError("expected ':'", offset: index)
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
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
            skipWhitespace()
            guard index < bytes.count else { throw JSONError("unexpected end of input", offset: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(JSONObject(uncheckedUniqueKeys: sharedKeys(from: keyBase), values: takeValues(from: valueBase)))
            } else {
                throw JSONError("expected ',' or '}'", offset: index)
            }
        }
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
    private mutating func takeValues(from base: Int) -> [JSON] {
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
        while true {
            skipWhitespace()
            let value = try parseValue()
            values.append(value)
            skipWhitespace()
            guard index < bytes.count else { throw JSONError("unexpected end of input", offset: index) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(takeValues(from: valueBase))
            } else {
                throw JSONError("expected ',' or ']'", offset: index)
            }
        }
    }

    private mutating func parseString() throws -> String {
        index += 1
        let start = index
        // Whether the bytes taken as they are (not escapes) are all ASCII, so need no UTF-8 check.
        var ascii = true
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try Self.text(bytes[start..<index], ascii: ascii, at: start)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw JSONError("control character in string", offset: index) }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        var scalars = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return try Self.text(scalars, ascii: ascii, at: start)
            }
            if byte < 0x20 { throw JSONError("control character in string", offset: index) }
            if byte != UInt8(ascii: "\\") {
                if byte >= 0x80 { ascii = false }
                scalars.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { break }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append(0x22)
            case UInt8(ascii: "\\"): scalars.append(0x5C)
            case UInt8(ascii: "/"): scalars.append(0x2F)
            case UInt8(ascii: "b"): scalars.append(0x08)
            case UInt8(ascii: "f"): scalars.append(0x0C)
            case UInt8(ascii: "n"): scalars.append(0x0A)
            case UInt8(ascii: "r"): scalars.append(0x0D)
            case UInt8(ascii: "t"): scalars.append(0x09)
            case UInt8(ascii: "u"):
                var code = try parseHex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    else { throw JSONError("unpaired surrogate", offset: index) }
                    index += 2
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw JSONError("invalid surrogate", offset: index) }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw JSONError("unpaired surrogate", offset: index)
                }
                guard let scalar = Unicode.Scalar(code) else { throw JSONError("invalid escape", offset: index) }
                scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw JSONError("invalid escape", offset: index - 1)
            }
        }
        throw JSONError("unterminated string", offset: index)
    }

    /// A string's bytes as text; JSON text is UTF-8 (RFC 8259 section 8.1), so bytes that are not
    /// (a stray continuation, an overlong form, an encoded surrogate) are an error, not replaced.
    private static func text(_ bytes: some Collection<UInt8>, ascii: Bool, at offset: Int) throws -> String {
        if !ascii {
            var iterator = bytes.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            decoding: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid: continue
                case .emptyInput: break decoding
                case .error: throw JSONError("invalid UTF-8 in string", offset: offset)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONError("short unicode escape", offset: index) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw JSONError("invalid hex digit", offset: index)
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws -> JSON {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError("invalid number", offset: index) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError("invalid number", offset: index) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError("invalid number", offset: index) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int64(text) { return .int(value) }
        guard let value = Double(text) else { throw JSONError("invalid number", offset: start) }
        // Swift reads a number too large for a double as infinity, which JSON cannot write back.
        guard value.isFinite else { throw JSONError("number out of range", offset: start) }
        return .double(value)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
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

    /// Parses a JSON document from text.
    public static func parse(_ text: String) throws -> JSON {
        try parse(Array(text.utf8))
    }
}
