#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings and numbers (the containers are in JSONParser.swift).
extension JSONParser {
    /// The plain string whose bytes are `start..<end`: the one made last for a string of that length when it
    /// has the same bytes (a port's two links, its `created` and `updated`, a list's owner ids), else a new
    /// one. Strings too long to be stored inline are heap blocks of their own: ten thousand ports made
    /// thousands fewer of them, and `port list -l` holds that much less.
    private mutating func plainString(from start: Int, to end: Int) -> String {
        let count = end - start
        guard count > Self.inlineStringBytes, let base = bytes.baseAddress else {
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let slot = count % Self.recentStringSlots
        let previous = recentStringStarts[slot]
        if previous >= 0, recentStringCounts[slot] == count, memcmp(base + previous, base + start, count) == 0 {
            return recentStrings[slot]
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        recentStrings[slot] = text
        recentStringStarts[slot] = start
        recentStringCounts[slot] = count
        return text
    }

    mutating func parseString() throws -> String {
        // Fast path: printable ASCII without escapes (see ``isPlain(_:)``), made into a string as it is.
        if let end = closingQuote(after: index), Self.isPlain(bytes[(index + 1)..<end]) {
            let text = plainString(from: index + 1, to: end)
            index = end + 1
            return text
        }
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
    static func text(_ bytes: some Collection<UInt8>, ascii: Bool, at offset: Int) throws -> String {
        if !ascii { try checkUTF8(bytes, at: offset) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Throws unless the bytes are UTF-8.
    static func checkUTF8(_ bytes: some Collection<UInt8>, at offset: Int) throws {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return
            case .error: throw JSONError("invalid UTF-8 in string", offset: offset)
            }
        }
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

    mutating func parseNumber() throws -> JSON {
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
