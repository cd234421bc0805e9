#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading only some members of a list's items (``JSON/parse(_:keepingItemMembers:)``): the other members'
/// values are skipped, checked as strictly as the parser reads them but not made into values.
extension JSONParser {
    /// The names of the members kept, as text and as bytes.
    struct ItemMembers {
        let names: [String]
        /// The names' bytes one after another, and where each starts, its length and its first byte: one
        /// buffer, so comparing a key with them retains and releases nothing per name.
        private let bytes: [UInt8]
        private let spans: [(start: Int, count: Int, first: UInt8)]

        init(_ names: [String]) {
            self.names = names
            var bytes: [UInt8] = []
            var spans: [(start: Int, count: Int, first: UInt8)] = []
            for name in names {
                spans.append((bytes.count, name.utf8.count, name.utf8.first ?? 0))
                bytes += name.utf8
            }
            self.bytes = bytes
            self.spans = spans
        }

        /// Whether an item's kept members are tracked by their positions in `names` (``JSONParser/parseItem(keeping:)``):
        /// four bits each in one word, so at most 15 names.
        var tracked: Bool { names.count <= 15 }

        /// The position in `names` of the kept name whose bytes are these, if any.
        func position(matching key: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let keyBase = key.baseAddress, !key.isEmpty else { return nil }
            let first = keyBase[0]
            return bytes.withUnsafeBufferPointer { bytes in
                spans.withUnsafeBufferPointer { spans -> Int? in
                    for position in 0..<spans.count {
                        let span = spans[position]
                        // The length and the first byte first: most keys differ there, and cost no call to memcmp.
                        if span.count == key.count, span.first == first, memcmp(bytes.baseAddress! + span.start, keyBase, key.count) == 0 {
                            return position
                        }
                    }
                    return nil
                }
            }
        }
    }

    /// An object's key (the index at its opening quote); nil when `members` are kept and it is not one of them.
    mutating func parseKey(keeping members: ItemMembers?) throws -> String? {
        guard let members else { return try parseString() }
        return try keyPosition(keeping: members).map { members.names[$0] }
    }

    /// The position in `members`' names of an object's key (the index at its opening quote), if it is one of them.
    mutating func keyPosition(keeping members: ItemMembers) throws -> Int? {
        // Fast path: printable ASCII without escapes, compared as bytes without making a string.
        if let end = shortPlainStringEnd() {
            let position = members.position(matching: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]))
            index = end + 1
            return position
        }
        return members.names.firstIndex(of: try parseString())
    }

    /// The index of the closing quote of the string at `index` when it is plain (``isPlain(_:)``), found and
    /// checked in one pass: for a short string, as keys are, cheaper than a call to memchr and another pass.
    func shortPlainStringEnd() -> Int? {
        var end = index + 1
        var special: UInt8 = 0
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            special |= (bytes[end] &- 0x20 >= 0x60 ? 1 : 0) | (bytes[end] == UInt8(ascii: "\\") ? 1 : 0)
            end += 1
        }
        return end < bytes.count && special == 0 ? end : nil
    }

    /// Reads a list's item (the index at its `{`), keeping only `members`' members (``ItemMembers/tracked``).
    /// Which it holds, in what order, is kept as their positions in the names, four bits each (the first one
    /// highest), so no key is made or compared as text, and items with the same members share one array of keys.
    mutating func parseItem(keeping members: ItemMembers) throws -> JSON {
        try enter()
        defer { depth -= 1 }
        index += 1
        let valueBase = values.count
        defer { values.removeSubrange(valueBase...) }
        var seen: UInt16 = 0
        var order: UInt64 = 0
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject())
        }
        while true {
            try startOfKey()
            let position = try keyPosition(keeping: members)
            try endOfKey()
            if let position {
                let value = try parseValue()
                if seen & 1 << position == 0 {
                    seen |= 1 << position
                    order = order << 4 | UInt64(position + 1)
                    values.append(value)
                } else {
                    // A repeated key keeps its first place and takes the last value, as `JSONObject` does.
                    values[valueBase + Self.place(of: position, in: order)] = value
                }
            } else {
                try skipValue()
            }
            guard try endOfMember(closing: UInt8(ascii: "}")) else { continue }
            guard order != 0 else { return .object(JSONObject()) }
            return .object(JSONObject(uncheckedUniqueKeys: itemKeys(order, members), values: takeValues(from: valueBase)))
        }
    }

    /// The positions in the names of the members an item holds, in order (see ``parseItem(keeping:)``).
    static func positions(in order: UInt64) -> [Int] {
        var positions: [Int] = []
        var rest = order
        while rest != 0 {
            positions.append(Int(rest & 0xF) - 1)
            rest >>= 4
        }
        return positions.reversed()
    }

    /// Where among an item's kept members the one at `position` in the names is.
    static func place(of position: Int, in order: UInt64) -> Int {
        positions(in: order).firstIndex(of: position) ?? 0
    }

    /// The keys of an item holding these members: the array an item read before has, when it held the same.
    mutating func itemKeys(_ order: UInt64, _ members: ItemMembers) -> [String] {
        if let known = recentItemKeys.first(where: { $0.order == order }) { return known.keys }
        let keys = Self.positions(in: order).map { members.names[$0] }
        if recentItemKeys.count == Self.recentKeyLists { recentItemKeys.removeFirst() }
        recentItemKeys.append((order, keys))
        return keys
    }

    /// Skips one value (the index at its first byte), checking it as ``parseValue()`` would.
    mutating func skipValue() throws {
        guard index < bytes.count else { throw JSONError("unexpected end of input", offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): try skipContainer(closing: UInt8(ascii: "}"))
        case UInt8(ascii: "["): try skipContainer(closing: UInt8(ascii: "]"))
        case UInt8(ascii: "\""): try skipString()
        // Numbers and literals are made and dropped: they need no memory of their own.
        default: _ = try parseValue()
        }
    }

    /// Skips an object or an array.
    private mutating func skipContainer(closing: UInt8) throws {
        try enter()
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == closing {
            index += 1
            return
        }
        while true {
            if closing == UInt8(ascii: "}") {
                try startOfKey()
                if let end = shortPlainStringEnd() { index = end + 1 } else { try skipString() }
                try endOfKey()
            } else {
                skipWhitespace()
            }
            try skipValue()
            if try endOfMember(closing: closing) { return }
        }
    }

    /// Skips a string (the index at its opening quote). The common one, printable ASCII without escapes, is
    /// found with `memchr` and checked in one pass; any other is read by ``parseString()`` (and dropped), which
    /// checks it and says what is wrong.
    private mutating func skipString() throws {
        if let end = closingQuote(after: index), Self.isPlain(bytes[(index + 1)..<end]) {
            index = end + 1
            return
        }
        _ = try parseString()
    }

    /// The index of the first `"` after `start`, if any.
    func closingQuote(after start: Int) -> Int? {
        let from = start + 1
        guard from < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + from, Int32(UInt8(ascii: "\"")), bytes.count - from)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether the bytes are printable ASCII without a backslash: a string's text as it is. One pass with no
    /// early exit, which the compiler can vectorize.
    static func isPlain(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var special: UInt8 = 0
        for byte in text {
            // Below 0x20 or from 0x80 up: `byte - 0x20` (wrapping) is 0x60 or more.
            special |= (byte &- 0x20 >= 0x60 ? 1 : 0) | (byte == UInt8(ascii: "\\") ? 1 : 0)
        }
        return special == 0
    }
}
