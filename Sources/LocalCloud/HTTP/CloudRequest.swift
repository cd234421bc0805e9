import GRDB
import KamakiAPI

/// One API request as a handler sees it: path captures, query, token and the collected body.
struct CloudRequest: Sendable {
    var method: String
    var captures: [String]
    var query: [String: String]
    var token: String?
    var contentType: String?
    var body: [UInt8]
    var service: Service
    var cloud: CloudContext
    var links: Links

    /// The first path capture (the item id).
    var id: String { captures.first ?? "" }

    /// The authenticated user, or the 401 Synnefo gives for this service.
    func authenticate(_ db: Database) throws -> UserRecord {
        guard let token, !token.isEmpty else { throw APIFault.unauthorized("Access denied. No authentication token") }
        if let user = try UserRecord.fetch(db, token: token) { return user }
        switch service {
        case .identity: throw APIFault.unauthorized("Invalid token")
        case .account: throw APIFault.unauthorized("Invalid X-Auth-Token")
        case .compute, .network, .image:
            // Cyclades wraps Astakos' answer: key `fault`, Astakos' reason phrase, Astakos' body as details.
            throw APIFault(
                name: "fault", code: 401, message: "UNAUTHORIZED",
                details: #"{"unauthorized": {"code": 401, "message": "Invalid token", "details": ""}}"#)
        }
    }

    /// Authenticates and runs `work` on the store in one read transaction; the store's `now` is taken inside it.
    func read<T: Sendable>(_ work: @escaping @Sendable (CloudStore, UserRecord) throws -> T) async throws -> T {
        try await cloud.database.read { db in
            let user = try authenticate(db)
            return try work(CloudStore(db: db, now: Timestamp.now()), user)
        }
    }

    /// Authenticates and runs `work` on the store in one write transaction; the store's `now` is taken inside it.
    func write<T: Sendable>(_ work: @escaping @Sendable (CloudStore, UserRecord) throws -> T) async throws -> T {
        try await cloud.database.write { db, now in
            let user = try authenticate(db)
            return try work(CloudStore(db: db, now: now), user)
        }
    }

    /// The JSON body, checked as Synnefo's `get_json_body` checks it.
    func jsonBody() throws -> JSON {
        guard let contentType else { throw APIFault.badRequest("Missing Content-Type header field") }
        guard contentType.lowercased().hasPrefix("application/json") else {
            throw APIFault.badRequest("Unsupported Content-type: '\(contentType)'")
        }
        guard String(validating: body, as: UTF8.self) != nil else {
            throw APIFault.badRequest("Could not decode request as UTF-8 string")
        }
        guard let json = try? JSON.parse(body) else { throw APIFault.badRequest("Could not decode request body as JSON") }
        return json
    }

    /// The object under `key` of the JSON body: 400 when missing or not an object.
    func bodyObject(_ key: String) throws -> JSONObject {
        let json = try jsonBody()
        guard let value = json.objectValue?[key] else { throw APIFault.missingAttribute(key) }
        guard let object = value.objectValue else { throw APIFault.invalidField(key) }
        return object
    }

    /// The `changes-since` query parameter as microseconds, validated as Synnefo does.
    func changesSince(now: Int64) throws -> Int64? {
        guard let text = query["changes-since"] else { return nil }
        guard let since = Timestamp.parseISO(text) else { throw APIFault.badRequest("Invalid changes-since parameter.") }
        if since > now { throw APIFault.badRequest("changes-since value set in the future.") }
        if now - since > 3600 * 1_000_000 { throw APIFault.badRequest("Too old changes-since value.") }
        return since
    }
}

extension CloudResponse {
    /// A list answer, or 304 `notModified` when a `changes-since` query matched nothing.
    static func list(_ key: String, _ items: [JSON], since: Int64?) -> CloudResponse {
        if since != nil, items.isEmpty {
            return CloudResponse(status: 304, body: APIFault(name: "notModified", code: 304, message: "No changes").json)
        }
        return .ok(.object(JSONObject([(key, .array(items))])))
    }
}
