import AsyncHTTPClient
import Foundation
import KamakiAPI
import LocalCloud
import NIOCore
import NIOHTTP1

/// One HTTP answer from the local cloud, with its body parsed as JSON when it is JSON.
public struct Reply: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: String
    public var json: JSON

    /// The fault envelope, if the body is one.
    public var fault: APIFault? { APIFault(json: json) }
    public var message: String { fault?.message ?? "" }
    public subscript(key: String) -> JSON? { json[key] }
}

/// A small HTTP client for route tests: real requests over loopback with AsyncHTTPClient.
public struct CloudAPI: Sendable {
    public let port: Int
    public var token: String?

    public init(_ cloud: LocalCloud, user: Int = 0) {
        port = cloud.port
        token = cloud.tokens[user]
    }

    public init(port: Int, token: String?) {
        self.port = port
        self.token = token
    }

    public var base: String { "http://127.0.0.1:\(port)" }

    /// Sends a request; `json` is serialized as the body with `Content-Type: application/json`.
    public func call(_ method: HTTPMethod, _ path: String, json: JSON? = nil, body: String? = nil,
              contentType: String? = "application/json", headers extra: [(String, String)] = [],
              authenticated: Bool = true) async throws -> Reply {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        if authenticated, let token { request.headers.add(name: "X-Auth-Token", value: token) }
        let text = json?.serialized() ?? body
        if let text {
            if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
            request.body = .bytes(ByteBuffer(string: text))
        }
        for (name, value) in extra { request.headers.replaceOrAdd(name: name, value: value) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 64 << 20)
        let string = String(buffer: buffer)
        return Reply(status: Int(response.status.code), headers: response.headers, body: string,
                     json: (try? JSON.parse(string)) ?? .null)
    }

    public func get(_ path: String) async throws -> Reply { try await call(.GET, path) }
    public func delete(_ path: String) async throws -> Reply { try await call(.DELETE, path) }
    public func post(_ path: String, _ json: JSON) async throws -> Reply { try await call(.POST, path, json: json) }
    public func put(_ path: String, _ json: JSON) async throws -> Reply { try await call(.PUT, path, json: json) }

    // MARK: - Shortcuts for the network API

    public func createNetwork(_ name: String = "net") async throws -> String {
        let reply = try await post("/network/v2.0/networks", ["network": ["type": "MAC_FILTERED", "name": .string(name)]])
        return try Self.id(reply, "network")
    }

    public func createSubnet(network: String, cidr: String = "10.0.3.0/24", extra: [(String, JSON)] = []) async throws -> Reply {
        var subnet = JSONObject([("network_id", .string(network)), ("cidr", .string(cidr))])
        for (key, value) in extra { subnet[key] = value }
        return try await post("/network/v2.0/subnets", ["subnet": .object(subnet)])
    }

    public func reserveIP(network: String = "1") async throws -> Reply {
        try await post("/network/v2.0/floatingips", ["floatingip": ["floating_network_id": .string(network)]])
    }

    public func createPort(network: String, device: String? = nil, address: String? = nil) async throws -> Reply {
        var port = JSONObject([("network_id", .string(network))])
        if let device { port["device_id"] = .string(device) }
        if let address { port["fixed_ips"] = [["ip_address": .string(address)]] }
        return try await post("/network/v2.0/ports", ["port": .object(port)])
    }

    /// The `id` of `{"<key>": {...}}`, or a thrown description of the unexpected reply.
    public static func id(_ reply: Reply, _ key: String) throws -> String {
        guard let id = reply[key]?["id"]?.idString else { throw UnexpectedReply(reply: reply) }
        return id
    }
}

/// A reply that does not have the expected shape.
public struct UnexpectedReply: Error, CustomStringConvertible {
    public var reply: Reply
    public var description: String { "unexpected reply \(reply.status): \(reply.body)" }
}

/// Polls `condition` until it holds or `timeout` seconds pass; returns whether it held.
public func eventually(timeout: Double = 10, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
