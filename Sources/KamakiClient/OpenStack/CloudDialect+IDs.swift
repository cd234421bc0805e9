import KamakiAPI

extension CloudDialect {
    /// The id `text` stands for on a cloud of this dialect, or nil when it is no id there (so it is a
    /// name). Synnefo's ids are positive integers (``ResourceID/synnefo(_:)``). OpenStack's are UUIDs,
    /// written in lower case on the wire; its flavors keep ids such as `1`, so a number is an id there too.
    public func resourceID(_ text: String) -> String? {
        if let number = ResourceID.synnefo(text) { return number }
        guard self == .openstack, Self.isUUID(text) else { return nil }
        return text.lowercased()
    }

    /// Whether `text` is a UUID in its canonical form, `8-4-4-4-12` hexadecimal digits.
    public static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte) else { return false }
            }
        }
        return true
    }
}

extension CloudClient {
    /// The id `text` stands for on this client's cloud (``CloudDialect/resourceID(_:)``), or nil when it
    /// can only be a name.
    public func resourceID(_ text: String) async throws -> String? {
        try await dialect().resourceID(text)
    }
}
