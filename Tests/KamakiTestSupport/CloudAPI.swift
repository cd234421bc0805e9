import AsyncHTTPClient
import Foundation
import HTTPTypes
import HummingbirdTesting
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

/// A small HTTP client for route tests: real requests over loopback with AsyncHTTPClient, or the same
/// requests handed to an ``InProcessCloud``'s router (no socket).
public struct CloudAPI: Sendable {
    /// Where requests go.
    enum Transport: Sendable {
        case http(port: Int)
        case router(any TestClientProtocol, base: String)
    }

    let transport: Transport
    public var token: String?

    public init(_ cloud: LocalCloud, user: Int = 0) {
        transport = .http(port: cloud.port)
        token = cloud.tokens[user]
    }

    public init(_ cloud: InProcessCloud, user: Int = 0) {
        transport = .router(cloud.client, base: cloud.baseURL)
        token = cloud.tokens[user]
    }

    public init(port: Int, token: String?) {
        transport = .http(port: port)
        self.token = token
    }

    /// The base of the cloud's links, `http://host:port`.
    public var base: String {
        switch transport {
        case .http(let port): "http://127.0.0.1:\(port)"
        case .router(_, let base): base
        }
    }

    /// Sends a request; `json` is serialized as the body with `Content-Type: application/json`.
    public func call(
        _ method: NIOHTTP1.HTTPMethod, _ path: String, json: JSON? = nil, body: String? = nil,
        contentType: String? = "application/json", headers extra: [(String, String)] = [],
        authenticated: Bool = true
    ) async throws -> Reply {
        var headers = HTTPHeaders()
        if authenticated, let token { headers.add(name: "X-Auth-Token", value: token) }
        let text = json?.serialized() ?? body
        if text != nil, let contentType { headers.add(name: "Content-Type", value: contentType) }
        for (name, value) in extra { headers.replaceOrAdd(name: name, value: value) }
        let (status, replyHeaders, string) = try await send(method, path, headers: headers, body: text.map { ByteBuffer(string: $0) })
        return Reply(status: status, headers: replyHeaders, body: string, json: (try? JSON.parse(string)) ?? .null)
    }

    /// The status, headers and body text of one exchange over the transport.
    private func send(_ method: NIOHTTP1.HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws
        -> (Int, HTTPHeaders, String)
    {
        switch transport {
        case .http:
            var request = HTTPClientRequest(url: base + path)
            request.method = method
            request.headers = headers
            if let body { request.body = .bytes(body) }
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            let buffer = try await response.body.collect(upTo: 64 << 20)
            return (Int(response.status.code), response.headers, String(buffer: buffer))
        case .router(let client, _):
            var fields = HTTPFields()
            for (name, value) in headers { if let name = HTTPField.Name(name) { fields.append(HTTPField(name: name, value: value)) } }
            let response = try await client.executeRequest(
                uri: path, method: HTTPRequest.Method(method.rawValue) ?? .get, headers: fields, body: body)
            let replyHeaders = HTTPHeaders(response.headers.map { ($0.name.rawName, $0.value) })
            return (response.status.code, replyHeaders, String(buffer: response.body))
        }
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
