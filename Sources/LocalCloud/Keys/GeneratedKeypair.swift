import Foundation
import _CryptoExtras

/// A new RSA 2048 keypair, as Synnefo's `generate_keypair` makes one: the public half in OpenSSH form,
/// the private half as PKCS#1 PEM (`-----BEGIN RSA PRIVATE KEY-----`). The private half is returned
/// to the user once and never stored.
struct GeneratedKeypair: Sendable {
    var publicKey: SSHPublicKey
    var privateKeyPEM: String

    static func make() throws -> GeneratedKeypair {
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let numbers = try key.publicKey.getKeyPrimitives()
        let publicKey = SSHPublicKey(rsaExponent: Array(numbers.publicExponent), modulus: Array(numbers.modulus))
        var pem = key.pemRepresentation
        while pem.hasSuffix("\n") { pem.removeLast() }
        return GeneratedKeypair(publicKey: publicKey, privateKeyPEM: pem)
    }
}
