import Foundation
import KamakiAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The on-disk cache of one authentication's identity reply, so a one-shot command needs no
/// identity request.
///
/// The file is `<directory>/access-<FNV-1a 64 of the URL and the key>.json`, mode 0600, in a 0700
/// directory. The key is the configured token (Synnefo, as before), or for Keystone's password and
/// application-credential methods the method, user, domain and project: never the password or the
/// secret, which the file never holds either. A Keystone reply keeps the token Keystone issued, and
/// is used until shortly before its `expires_at`.
struct TokenCache: Sendable {
    /// How long before `expires_at` a cached Keystone token is no longer used.
    static let expiryMargin: Int64 = 120 * 1_000_000

    let directory: String
    let identityURL: String
    let path: String
    /// Texts the file must never hold (the configured token; a password is never written at all).
    private let token: String

    init(directory: String, identityURL: String, token: String) {
        self.init(directory: directory, identityURL: identityURL, key: token, forbidden: token)
    }

    /// A cache keyed by `key` (``key(for:scope:)``); `forbidden` is text the file must never hold.
    init(directory: String, identityURL: String, key: String, forbidden: String) {
        self.directory = directory
        self.identityURL = identityURL
        self.token = forbidden
        let hash = Self.fnv1a64(Array(identityURL.utf8) + [0] + Array(key.utf8))
        self.path = directory + "/access-" + Self.hex(hash) + ".json"
    }

    /// The cache key of an authentication: the token itself (as Synnefo's cache always was), else
    /// the method, the user and the project, without the password or the secret.
    static func key(for credentials: IdentityCredentials, scope: ProjectScope?, region: String?, interface: String) -> String {
        let scopeParts = [scope?.projectID, scope?.projectName, scope?.projectDomainID, scope?.projectDomainName].map { $0 ?? "" }
        var parts: [String]
        switch credentials {
        case .token(let token):
            guard scope != nil || region != nil || interface != "public" else { return token }
            parts = ["token", token]
        case .password(let password):
            parts = [
                "password", password.userID ?? "", password.username ?? "", password.userDomainID ?? "", password.userDomainName ?? "",
            ]
        case .applicationCredential(let id, _):
            parts = ["application_credential", id]
        }
        return (parts + scopeParts + [region ?? "", interface]).joined(separator: "\u{0}")
    }

    /// The cached reply, or `nil` when there is none, it is unreadable, for another URL, or a
    /// Keystone token that expires within ``expiryMargin``.
    func load(now: Int64 = Self.now()) -> IdentityReply? {
        guard let data = FileManager.default.contents(atPath: path),
            let json = try? JSON.parse(data),
            json["identity_url"]?.stringValue == identityURL,
            let raw = json["access"]?.objectValue,
            raw["user"]?["id"]?.stringValue != nil
        else { return nil }
        let access = Access(raw: raw)
        let issued = json["subject_token"]?.stringValue
        if access.isKeystoneV3 {
            guard issued != nil, !Self.expires(access, before: now + Self.expiryMargin) else { return nil }
        }
        return IdentityReply(access: access, token: issued)
    }

    /// Whether a Keystone reply's `expires_at` is before `instant` (microseconds since 1970); a
    /// reply without a readable one counts as expired.
    static func expires(_ access: Access, before instant: Int64) -> Bool {
        guard let text = access.expiresAt, let date = ISO8601(text) else { return true }
        return date.microsecondsSince1970() < instant
    }

    /// Now, in microseconds since 1970.
    static func now() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// Writes the reply (without the configured token) atomically; failures are ignored: the cache is an optimisation.
    func store(_ reply: IdentityReply) {
        var members: [(String, JSON)] = [("identity_url", .string(identityURL)), ("access", .object(Self.withoutToken(reply.access).raw))]
        if let issued = reply.token { members.append(("subject_token", .string(issued))) }
        let bytes = JSON.object(JSONObject(members)).serializedBytes()
        guard reply.token != nil || !token.isEmpty else { return }
        guard token.isEmpty || !bytes.containsSubsequence(Array(token.utf8)) else { return }
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
