import Crypto
import Foundation

/// An OpenSSH public key line (`ssh-rsa AAAA... comment`), checked as Synnefo checks it (paramiko reads an
/// `ssh-rsa` or `ssh-dss` key blob), with its MD5 fingerprint.
struct SSHPublicKey: Sendable, Equatable {
    /// The key type, `ssh-rsa` or `ssh-dss`.
    var type: String
    /// The decoded key blob: the type, then the key's numbers, each length-prefixed.
    var blob: [UInt8]

    /// The types Synnefo accepts, with how many numbers (`mpint`s) their blob holds.
    private static let numberCounts = ["ssh-rsa": 2, "ssh-dss": 4]

    /// Parses `text`; `nil` when it is not an `ssh-rsa` or `ssh-dss` key whose blob holds the key's numbers.
    init?(_ text: String) {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard fields.count >= 2, let count = Self.numberCounts[String(fields[0])],
            let data = Data(base64Encoded: String(fields[1]))
        else { return nil }
        var reader = BlobReader(bytes: Array(data))
        guard reader.string() == Array(fields[0].utf8) else { return nil }
        for _ in 0..<count {
            guard let number = reader.string(), !number.isEmpty else { return nil }
        }
        type = String(fields[0])
        blob = Array(data)
    }

    /// The key of the RSA public numbers (big-endian `e` and `n`).
    init(rsaExponent e: [UInt8], modulus n: [UInt8]) {
        var blob: [UInt8] = []
        Self.append(Array("ssh-rsa".utf8), to: &blob)
        Self.append(Self.mpint(e), to: &blob)
        Self.append(Self.mpint(n), to: &blob)
        type = "ssh-rsa"
        self.blob = blob
    }

    /// The one-line OpenSSH form, without a comment (as Synnefo writes the keys it generates).
    var openSSH: String { type + " " + Data(blob).base64EncodedString() }

    /// The MD5 fingerprint of the blob in colon-separated hex (`aa:b7:...`), as `ssh-keygen -l -E md5` shows it.
    var fingerprint: String {
        Insecure.MD5.hash(data: blob).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined(separator: ":")
    }

    private static func append(_ bytes: [UInt8], to blob: inout [UInt8]) {
        let count = UInt32(bytes.count)
        blob += [UInt8(count >> 24), UInt8((count >> 16) & 0xFF), UInt8((count >> 8) & 0xFF), UInt8(count & 0xFF)]
        blob += bytes
    }

    /// An unsigned big-endian number as SSH's `mpint`: no leading zeros, a zero byte first when the top bit is set.
    private static func mpint(_ bytes: [UInt8]) -> [UInt8] {
        let trimmed = Array(bytes.drop(while: { $0 == 0 }))
        if let first = trimmed.first, first & 0x80 != 0 { return [0] + trimmed }
        return trimmed
    }
}

/// Reads the length-prefixed strings of an SSH key blob.
private struct BlobReader {
    var bytes: [UInt8]
    var offset = 0

    mutating func string() -> [UInt8]? {
        guard bytes.count - offset >= 4 else { return nil }
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        offset += 4
        guard bytes.count - offset >= length else { return nil }
        defer { offset += length }
        return Array(bytes[offset..<offset + length])
    }
}
