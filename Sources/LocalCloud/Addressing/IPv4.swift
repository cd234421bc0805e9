/// IPv4 addresses as 32-bit integers, parsed strictly (four decimal octets, no leading zeros).
enum IPv4 {
    /// Parses dotted-quad text; `nil` for anything else.
    static func parse(_ text: some StringProtocol) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber),
                let octet = UInt32(part), octet <= 255, part == "0" || !part.hasPrefix("0")
            else { return nil }
            value = value << 8 | octet
        }
        return value
    }

    /// Dotted-quad text.
    static func format(_ value: UInt32) -> String {
        "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
    }
}

/// An IPv4 network such as `192.168.3.0/24`.
struct IPv4Network: Sendable, Hashable {
    var address: UInt32
    var prefixLength: Int

    /// Parses `a.b.c.d/n`; `strict` refuses host bits (as Python's `ipaddress` does by default).
    init?(_ text: String, strict: Bool = true) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let address = IPv4.parse(parts[0]), let prefix = Int(parts[1]), (0...32).contains(prefix),
            parts[1].allSatisfy(\.isNumber)
        else { return nil }
        let mask = Self.mask(prefix)
        if strict, address & ~mask != 0 { return nil }
        self.address = address & mask
        self.prefixLength = prefix
    }

    init(address: UInt32, prefixLength: Int) {
        self.address = address
        self.prefixLength = prefixLength
    }

    static func mask(_ prefix: Int) -> UInt32 {
        prefix == 0 ? 0 : UInt32.max << UInt32(32 - prefix)
    }

    var broadcast: UInt32 { address | ~Self.mask(prefixLength) }
    var firstHost: UInt32 { address &+ 1 }
    var lastHost: UInt32 { broadcast &- 1 }

    func contains(_ value: UInt32) -> Bool { value & Self.mask(prefixLength) == address }

    var description: String { "\(IPv4.format(address))/\(prefixLength)" }
}

/// A range of IPv4 addresses handed out by a subnet, both ends included.
struct IPv4Pool: Sendable, Hashable {
    var start: UInt32
    var end: UInt32
}
