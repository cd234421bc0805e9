import Foundation
import KamakiAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The on-disk cache of one (identity URL, token) pair's token reply, so a one-shot command needs
/// no `/tokens` request.
///
/// The file is `<directory>/access-<FNV-1a 64 of url and token>.json`, mode 0600, in a 0700
/// directory. It never holds the token: `access.token.id` is removed before writing.
struct TokenCache: Sendable {
    let directory: String
    let identityURL: String
    let path: String
    private let token: String

    init(directory: String, identityURL: String, token: String) {
        self.directory = directory
        self.identityURL = identityURL
        self.token = token
        let key = Self.fnv1a64(Array(identityURL.utf8) + [0] + Array(token.utf8))
        self.path = directory + "/access-" + Self.hex(key) + ".json"
    }

    /// The cached reply, or `nil` when there is none or it is unreadable or for another URL.
    func load() -> Access? {
        guard let data = FileManager.default.contents(atPath: path),
            let json = try? JSON.parse(data),
            json["identity_url"]?.stringValue == identityURL,
            let raw = json["access"]?.objectValue,
            raw["user"]?["id"]?.stringValue != nil
        else { return nil }
        return Access(raw: raw)
    }

    /// Writes the reply (without the token) atomically; failures are ignored: the cache is an optimisation.
    func store(_ access: Access) {
        let document = JSON.object(
            JSONObject([
                ("identity_url", .string(identityURL)), ("access", .object(Self.withoutToken(access).raw)),
            ]))
        let bytes = document.serializedBytes()
        guard !token.isEmpty, !bytes.containsSubsequence(Array(token.utf8)) else { return }
        guard prepareDirectory() else { return }
        PrivateFile.save(bytes, to: path)
    }

    /// Deletes the cached reply.
    func remove() {
        unlink(path)
    }

    private func prepareDirectory() -> Bool {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                return false
            }
        } else if !isDirectory.boolValue {
            return false
        }
        return chmod(directory, 0o700) == 0
    }

    /// The reply with `token.id` removed.
    static func withoutToken(_ access: Access) -> Access {
        var raw = access.raw
        if var token = raw["token"]?.objectValue {
            token["id"] = nil
            raw["token"] = .object(token)
        }
        return Access(raw: raw)
    }

    static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
