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
        /// The names' bytes one after another, and where each ends: one buffer, so comparing a key with
        /// them retains and releases nothing per name.
        private let bytes: [UInt8]
        private let ends: [Int]

        init(_ names: [String]) {
            self.names = names
            var bytes: [UInt8] = []
            var ends: [Int] = []
            for name in names {
                bytes += name.utf8
                ends.append(bytes.count)
            }
            self.bytes = bytes
            self.ends = ends
        }

        /// The kept name whose bytes are these, if any.
        func name(matching key: UnsafeBufferPointer<UInt8>) -> String? {
            guard let keyBase = key.baseAddress, !key.isEmpty else { return nil }
            let position = bytes.withUnsafeBufferPointer { bytes in
                ends.withUnsafeBufferPointer { ends -> Int? in
                    var start = 0
                    for position in 0..<ends.count {
                        let end = ends[position]
                        if end - start == key.count, memcmp(bytes.baseAddress! + start, keyBase, key.count) == 0 { return position }
                        start = end
                    }
                    return nil
                }
            }
            return position.map { names[$0] }
        }
    }

    /// An object's key (the index at its opening quote); nil when `members` are kept and it is not one of them.
    mutating func parseKey(keeping members: ItemMembers?) throws -> String? {
        guard let members else { return try parseString() }
        // Fast path: printable ASCII without escapes, compared as bytes without making a string.
        if let end = closingQuote(after: index), Self.isPlain(bytes[(index + 1)..<end]) {
            let name = members.name(matching: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]))
            index = end + 1
            return name
        }
        let key = try parseString()
        return members.names.contains(key) ? key : nil
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
            skipWhitespace()
            if closing == UInt8(ascii: "}") {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw JSONError("expected a string key", offset: index)
                }
                try skipString()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw JSONError("expected ':'", offset: index)
                }
                index += 1
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
