/// A named SSH public key of the user (`/compute/v2.0/os-keypairs`). Its name is its id.
public struct Keypair: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// The MD5 fingerprint, `aa:b7:cf:…`.
    public var fingerprint: String { raw["fingerprint"]?.stringValue ?? "" }
    /// The OpenSSH public key line.
    public var publicKey: String { raw["public_key"]?.stringValue ?? "" }
    /// The private key, only in the answer that generated the keypair.
    public var privateKey: String? { raw["private_key"]?.stringValue }
}
