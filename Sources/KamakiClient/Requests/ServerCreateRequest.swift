import Foundation
public import KamakiAPI

/// The fields of `POST /servers`, as kamaki 0.16 sends them.
public struct ServerCreateRequest: Sendable, Hashable {
    /// A connection of the new server: a network, optionally with the address to take (on a
    /// public network, one of the user's floating IPs).
    public struct NetworkConnection: Sendable, Hashable {
        public var networkID: String
        public var fixedIP: String?
        public init(networkID: String, fixedIP: String? = nil) {
            self.networkID = networkID
            self.fixedIP = fixedIP
        }
    }

    /// A file injected into the server's disk: local contents, remote path, owner, group, mode.
    public struct Personality: Sendable, Hashable {
        public var contents: [UInt8]
        public var path: String?
        public var owner: String?
        public var group: String?
        public var mode: Int?
        public init(contents: [UInt8], path: String? = nil, owner: String? = nil, group: String? = nil, mode: Int? = nil) {
            self.contents = contents
            self.path = path
            self.owner = owner
            self.group = group
            self.mode = mode
        }
    }

    public var name: String
    public var flavorID: String
    public var imageID: String
    /// nil: the cloud's default network policy; empty: no connections at all.
    public var networks: [NetworkConnection]?
    public var keyName: String?
    public var metadata: [(key: String, value: String)]
    public var personality: [Personality]
    public var projectID: String?

    public init(
        name: String, flavorID: String, imageID: String, networks: [NetworkConnection]? = nil, keyName: String? = nil,
        metadata: [(key: String, value: String)] = [], personality: [Personality] = [], projectID: String? = nil
    ) {
        self.name = name
        self.flavorID = flavorID
        self.imageID = imageID
        self.networks = networks
        self.keyName = keyName
        self.metadata = metadata
        self.personality = personality
        self.projectID = projectID
    }

    public static func == (a: Self, b: Self) -> Bool { a.json == b.json }
    public func hash(into hasher: inout Hasher) { hasher.combine(json.serialized()) }

    /// The body: `{"server": {"name", "flavorRef", "imageRef", "key_name"?, "metadata"?, "personality"?,
    /// "networks"?, "project"?}}`. A numeric flavor id goes as a number, as kamaki sends it.
    public var json: JSON {
        var server = JSONObject()
        server["name"] = .string(name)
        server["flavorRef"] = Int64(flavorID).map { JSON.int($0) } ?? .string(flavorID)
        server["imageRef"] = .string(imageID)
        if let keyName { server["key_name"] = .string(keyName) }
        if !metadata.isEmpty { server["metadata"] = .object(JSONObject(metadata.map { ($0.key, JSON.string($0.value)) })) }
        if !personality.isEmpty { server["personality"] = .array(personality.map(\.json)) }
        if let networks { server["networks"] = .array(networks.map(\.json)) }
        if let projectID { server["project"] = .string(projectID) }
        return .object(JSONObject([("server", .object(server))]))
    }
}

extension ServerCreateRequest.NetworkConnection {
    var json: JSON {
        var object = JSONObject([("uuid", .string(networkID))])
        if let fixedIP { object["fixed_ip"] = .string(fixedIP) }
        return .object(object)
    }
}

extension ServerCreateRequest.Personality {
    var json: JSON {
        var object = JSONObject([("contents", .string(Data(contents).base64EncodedString()))])
        if let path { object["path"] = .string(path) }
        if let owner { object["owner"] = .string(owner) }
        if let group { object["group"] = .string(group) }
        if let mode { object["mode"] = .int(Int64(mode)) }
        return .object(object)
    }
}
