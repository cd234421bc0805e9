import Foundation
import KamakiAPI

/// A `POST /servers` body, checked in the order Synnefo's `create_server` checks it (the request's shape,
/// the personality, then the flavor, the password and the key names); the lookups and the insert are in
/// `CloudStore+ServerCreate`.
struct ServerPlan: Sendable {
    /// One item of `networks`: a network (with a `fixed_ip`, absent, `null` or an address) or an existing port.
    enum NetworkRequest: Sendable {
        case network(String, fixedIP: JSON?)
        case port(String)
    }

    var name: String
    var imageID: String
    var flavorID: Int64
    var metadata: JSONObject
    var networks: [NetworkRequest]
    var keyNames: [String]
    var adminPass: String

    /// Synnefo's `MAX_PERSONALITY` and `MAX_PERSONALITY_SIZE` (bytes, of the text and of the decoded file).
    static let maxPersonality = 5
    static let maxPersonalitySize = 10240

    init(body: JSON, user: String) throws {
        let malformed = APIFault.badRequest("Malformed request")
        guard let server = body["server"]?.objectValue, let name = server["name"]?.stringValue,
            let image = server["imageRef"], !image.isNull, let flavor = server["flavorRef"], !flavor.isNull
        else { throw malformed }
        let metadata = server["metadata"] ?? [:]
        let personality = server["personality"] ?? []
        let networks = server["networks"] ?? .null
        let keyNames = server["SNF:key_names"] ?? []
        guard let metadataObject = metadata.objectValue, (server["tags"] ?? []).arrayValue != nil,
            let personalityItems = personality.arrayValue, networks.isNull || networks.arrayValue != nil,
            let keyNameItems = keyNames.arrayValue
        else { throw malformed }
        try Validation.singleOwner(server, user: user)
        try Self.verify(personality: personalityItems)
        guard let flavorID = Validation.idText(flavor).flatMap({ Int64($0) }) else {
            throw APIFault.badRequest("Invalid flavor ID '\(flavor.stringValue ?? flavor.serialized())'")
        }
        if let password = server["adminPass"], !password.isNull, password != "" {
            guard let text = password.stringValue, Self.isStrong(text) else {
                throw APIFault.badRequest(
                    "Password not strong (must contain upper case, lower case, digits and be at least 10 characters!")
            }
            adminPass = text
        } else {
            adminPass = AdminPassword.make()
        }
        if let key = server["key_name"], !key.isNull {
            if !keyNameItems.isEmpty { throw APIFault.badRequest("Only one of the SNF:key_names andkey_name can be set") }
            guard let text = key.stringValue else { throw malformed }
            self.keyNames = [text]
        } else {
            var seen = Set<String>()
            self.keyNames = try keyNameItems.map { item in
                guard let text = item.stringValue else { throw malformed }
                return text
            }.filter { seen.insert($0).inserted }
        }
        self.name = name
        self.imageID = image.stringValue ?? image.serialized()
        self.flavorID = flavorID
        self.metadata = metadataObject
        self.networks = try (networks.arrayValue ?? []).map(Self.networkRequest)
    }

    /// Synnefo's `verify_personality`: at most 5 files of at most 10240 bytes, base64 contents, a path, an integer mode.
    static func verify(personality: [JSON]) throws {
        if personality.count > maxPersonality { throw APIFault.overLimit("Maximum number of personalities exceeded", details: "") }
        let malformed = APIFault.badRequest("Malformed personality in request")
        let allowed: Set<String> = ["contents", "group", "mode", "owner", "path"]
        for item in personality {
            guard let file = item.objectValue, Set(file.keys).isSubset(of: allowed),
                let contents = file["contents"]?.stringValue, let path = file["path"]?.stringValue, !path.isEmpty
            else { throw malformed }
            if let mode = file["mode"], !mode.isNull, mode.intValue == nil { throw malformed }
            for key in ["owner", "group"] {
                if let value = file[key], !value.isNull, value.stringValue == nil { throw malformed }
            }
            if contents.utf8.count > maxPersonalitySize { throw APIFault.overLimit("Maximum size of personality exceeded", details: "") }
            guard let decoded = Data(base64Encoded: contents) else { throw malformed }
            if decoded.count > maxPersonalitySize { throw APIFault.overLimit("Maximum size of personality exceeded", details: "") }
        }
    }

    /// Synnefo's `is_password_strong`: upper case, lower case and a digit, and at least 10 characters.
    static func isStrong(_ password: String) -> Bool {
        password.count >= 10 && password.contains(where: \.isUppercase) && password.contains(where: \.isLowercase)
            && password.contains(where: \.isNumber)
    }

    private static func networkRequest(_ item: JSON) throws -> NetworkRequest {
        guard let object = item.objectValue else { throw APIFault.badRequest("Malformed request. Invalid 'networks' field") }
        if let port = object["port"], !port.isNull {
            guard let text = Validation.idText(port) else { throw APIFault.badRequest("Invalid port ID '\(port.serialized())'") }
            return .port(text)
        }
        if let network = object["uuid"], !network.isNull {
            guard let text = Validation.idText(network) else { throw APIFault.invalidField("uuid") }
            return .network(text, fixedIP: object["fixed_ip"])
        }
        throw APIFault.badRequest("Network 'uuid' or 'port' attribute is required.")
    }
}
