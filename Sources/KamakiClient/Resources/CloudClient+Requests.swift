import Foundation
import KamakiAPI

/// The service types the client talks to.
enum Service: String, Sendable {
    case network, compute, account
}

extension CloudClient {
    /// Sends an authorised request to a service and checks the status.
    ///
    /// A 401 drops the cached token reply, authenticates once more and retries once; a second 401
    /// is returned as an HTTP error. Returns the JSON body (`nil` when empty).
    @discardableResult
    func call(
        _ method: String, _ service: Service, _ path: String, body: JSON? = nil, expect: Int
    ) async throws -> JSON? {
        let override = configuration.serviceURLs[service.rawValue].map {
            ServiceCatalog.normalize($0, service: service.rawValue)
        }
        var snapshot = override == nil ? try await identity.current() : nil
        var base = try override ?? ServiceCatalog(snapshot!.access).endpoint(type: service.rawValue)
        var request = TransportRequest(
            method: method, url: base + path, token: configuration.token, body: body?.serializedBytes())
        var response = try await transport.send(request)
        if response.status == 401 {
            // With an override there is no catalog to refresh: re-check the token itself.
            snapshot = try await override == nil ? identity.refresh(replacing: snapshot) : identity.authenticate()
            base = try override ?? ServiceCatalog(snapshot!.access).endpoint(type: service.rawValue)
            request.url = base + path
            response = try await transport.send(request)
        }
        guard response.status == expect else {
            throw ResponseDecoder.httpError(response, request: request, redact: transport.log.redact)
        }
        return try ResponseDecoder.parse(response, request: request, redact: transport.log.redact)
    }

    /// Reads `{"<key>": {...}}` from a `call` result.
    func one<R: APIResource>(
        _ type: R.Type, _ key: String, _ method: String, _ service: Service, _ path: String, body: JSON? = nil,
        expect: Int = 200
    ) async throws -> R {
        let json = try await call(method, service, path, body: body, expect: expect)
        return try decode(method, path) { try R.single(from: json ?? .null, key: key) }
    }

    /// Reads `{"<key>": [...]}` from a GET.
    func list<R: APIResource>(_ type: R.Type, _ key: String, _ service: Service, _ path: String) async throws -> [R] {
        let json = try await call("GET", service, path, expect: 200)
        return try decode("GET", path) { try R.list(from: json ?? .null, key: key) }
    }

    /// Turns a wire-shape error into `invalidResponse`.
    func decode<T>(_ method: String, _ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as WireError {
            throw ClientError(.invalidResponse(error.description), method: method, url: path)
        }
    }

    /// An id made safe for a URL path segment.
    static func segment(_ id: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }

    /// `{"<key>": {"name": name}}`, the rename body.
    static func nameBody(_ key: String, _ name: String) -> JSON {
        .object(JSONObject([(key, .object(JSONObject([("name", .string(name))])))]))
    }
}
