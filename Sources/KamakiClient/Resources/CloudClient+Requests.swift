import Foundation
import KamakiAPI

/// The service types the client talks to.
enum Service: String, Sendable {
    case network, compute, account, image
}

extension CloudClient {
    /// Sends an authorised request to a service, checks the status and decodes the JSON body.
    ///
    /// A 401 drops the cached token reply, authenticates once more and retries once; a second 401
    /// is returned as an HTTP error. When a token reply read from the disk cache points at a service
    /// that cannot be reached, the reply is refreshed once and the request goes to the new address.
    /// With `versionDocument`, the request reads the service's version document, so it carries no
    /// microversion (``serviceHeaders(_:)`` negotiates from it).
    func request<T>(
        _ method: String, _ service: Service, _ path: String, body: JSON? = nil, expect: Int, itemMembers: [String]? = nil,
        versionDocument: Bool = false, decode: (JSON?) throws -> T
    ) async throws -> T {
        let (response, request) = try await exchange(
            method, service, path, body: body, expect: expect, versionDocument: versionDocument)
        let json = try ResponseDecoder.parse(response, request: request, itemMembers: itemMembers, redact: transport.log.redact)
        do {
            return try decode(json)
        } catch let error as WireError {
            throw ClientError(.invalidResponse(error.description), method: method, url: request.url)
        }
    }

    /// Sends an authorised request as ``request(_:_:_:body:expect:decode:)`` does and returns the
    /// response (its headers too) with the request as finally sent.
    func exchange(
        _ method: String, _ service: Service, _ path: String, body: JSON? = nil, expect: Int, versionDocument: Bool = false
    ) async throws -> (TransportResponse, TransportRequest) {
        let override = configuration.serviceURLs[service.rawValue].map {
            ServiceCatalog.normalize($0, service: service.rawValue)
        }
        var snapshot = override == nil || configuration.needsIssuedToken ? try await identity.current() : nil
        var request = TransportRequest(
            method: method, url: try endpoint(service, override, snapshot) + path, token: snapshot?.token ?? configuration.token,
            body: body?.serializedBytes())
        if !versionDocument { request.headers = try await serviceHeaders(service) }
        var response: TransportResponse
        do {
            response = try await transport.send(request)
        } catch let error as ClientError where snapshot?.fromDisk == true && error.isUnreachable {
            // The cached catalog may be stale: a refreshed one helps only if the address changed.
            let fresh = try await identity.refresh(replacing: snapshot)
            let url = try endpoint(service, override, fresh) + path
            guard url != request.url else { throw error }
            snapshot = fresh
            request.url = url
            request.token = fresh.token ?? configuration.token
            response = try await transport.send(request)
        }
        if response.status == 401 {
            // With an override there is no catalog to refresh: re-check the token itself.
            snapshot = try await override == nil ? identity.refresh(replacing: snapshot) : identity.authenticate()
            request.url = try endpoint(service, override, snapshot) + path
            request.token = snapshot?.token ?? configuration.token
            response = try await transport.send(request)
        }
        guard response.status == expect else {
            throw ResponseDecoder.httpError(response, request: request, redact: transport.log.redact)
        }
        return (response, request)
    }

    /// Sends a request whose body, if any, is not needed.
    func call(_ method: String, _ service: Service, _ path: String, body: JSON? = nil, expect: Int) async throws {
        try await request(method, service, path, body: body, expect: expect) { _ in () }
    }

    /// Reads `{"<key>": {...}}`.
    func one<R: APIResource>(
        _ type: R.Type, _ key: String, _ method: String, _ service: Service, _ path: String, body: JSON? = nil,
        expect: Int = 200
    ) async throws -> R {
        try await request(method, service, path, body: body, expect: expect) { try R.single(from: $0 ?? .null, key: key) }
    }

    /// Reads `{"<key>": [...]}` from a GET; with `itemMembers`, the items hold only those members.
    func list<R: APIResource>(
        _ type: R.Type, _ key: String, _ service: Service, _ path: String, itemMembers: [String]? = nil
    ) async throws -> [R] {
        try await request("GET", service, path, expect: 200, itemMembers: itemMembers) { try R.list(from: $0 ?? .null, key: key) }
    }

    /// The base URL of a service: the override, else the catalog's.
    private func endpoint(_ service: Service, _ override: String?, _ snapshot: IdentityStore.Snapshot?) throws -> String {
        if let override { return override }
        guard let snapshot else { throw ClientError(.configuration("no token reply for the \(service) service")) }
        return try ServiceCatalog(snapshot.access).endpoint(
            type: service.rawValue, interface: configuration.interface, region: configuration.region)
    }

    /// An id made safe for a URL path segment; an empty id would name the whole collection.
    static func segment(_ id: String) throws -> String {
        guard id.contains(where: { $0 != " " && $0 != "\t" }) else { throw ClientError(.invalidArgument("An id cannot be empty")) }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }

    /// `{"<key>": {"name": name}}`, the rename body.
    static func nameBody(_ key: String, _ name: String) -> JSON {
        .object(JSONObject([(key, .object(JSONObject([("name", .string(name))])))]))
    }
}

extension ClientError {
    /// Whether the request never reached a server (so resending it elsewhere is safe).
    var isUnreachable: Bool {
        switch kind {
        case .connectionRefused, .connectionFailed, .hostNotFound: true
        default: false
        }
    }
}
