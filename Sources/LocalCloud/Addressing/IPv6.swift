import Foundation

/// IPv6 addresses as 16 bytes; enough parsing and formatting for subnets and EUI-64 port addresses.
struct IPv6: Sendable, Hashable {
    var bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses the textual forms RFC 4291 allows (with `::`, and an embedded IPv4 tail).
    init?(_ text: some StringProtocol) {
        let text = String(text)
        guard !text.isEmpty, text.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if piece.contains(".") {
                    guard index == pieces.count - 1, let v4 = IPv4.parse(piece) else { return nil }
                    result.append(UInt16(v4 >> 16))
                    result.append(UInt16(v4 & 0xFFFF))
                } else {
                    guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
                    result.append(value)
                }
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all: [UInt16]
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count <= 7 else { return nil }
            all = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        } else {
            guard head.count == 8 else { return nil }
            all = head
        }
        bytes = all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// The compressed lower-case form Python's `ipaddress` prints (RFC 5952).
    var description: String {
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        var bestStart = -1
        var bestLength = 0
        var index = 0
        while index < 8 {
            if groups[index] == 0 {
                var end = index
                while end < 8, groups[end] == 0 { end += 1 }
                if end - index > bestLength, end - index > 1 {
                    bestStart = index
                    bestLength = end - index
                }
                index = end
            } else {
                index += 1
            }
        }
        let hex = groups.map { String($0, radix: 16) }
        if bestStart < 0 { return hex.joined(separator: ":") }
        let head = hex[0..<bestStart].joined(separator: ":")
        let tail = hex[(bestStart + bestLength)...].joined(separator: ":")
        return head + "::" + tail
    }

    /// The EUI-64 address of `mac` inside the /64 `prefix`.
    static func eui64(prefix: IPv6, mac: [UInt8]) -> IPv6 {
        var bytes = Array(prefix.bytes[0..<8])
        bytes += [mac[0] ^ 0x02, mac[1], mac[2], 0xFF, 0xFE, mac[3], mac[4], mac[5]]
        return IPv6(bytes: bytes)
    }
}

/// An IPv6 network such as `fdc1:4992:1130:fc0b::/64`.
struct IPv6Network: Sendable, Hashable {
    var address: IPv6
    var prefixLength: Int

    /// Parses `addr/n`, refusing host bits.
    init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let address = IPv6(parts[0]), parts[1].allSatisfy(\.isNumber), let prefix = Int(parts[1]),
            (0...128).contains(prefix)
        else { return nil }
        for bit in prefix..<128 where address.bytes[bit / 8] & (0x80 >> UInt8(bit % 8)) != 0 { return nil }
        self.address = address
        self.prefixLength = prefix
    }

    func contains(_ other: IPv6) -> Bool {
        for bit in 0..<prefixLength where (address.bytes[bit / 8] ^ other.bytes[bit / 8]) & (0x80 >> UInt8(bit % 8)) != 0 {
            return false
        }
        return true
    }

    /// The first host, `prefix::1`.
    var firstHost: IPv6 {
        var bytes = address.bytes
        bytes[15] |= 1
        return IPv6(bytes: bytes)
    }

    var description: String { "\(address.description)/\(prefixLength)" }
}
