/// One HTTP request as the client layers build it: a value, free of the HTTP library's types.
struct TransportRequest: Sendable {
    var method: String
    var url: String
    /// Sent as `X-Auth-Token`; never logged.
    var token: String?
    /// A JSON body, sent with `Content-Type: application/json`.
    var body: [UInt8]?
    /// Further headers (e.g. Nova's `OpenStack-API-Version`), sent and logged as they are: never a secret.
    var headers: [(name: String, value: String)] = []

    /// Whether the request may be sent again after a transient failure.
    var isIdempotentRead: Bool { method == "GET" || method == "HEAD" }
}

/// A complete HTTP response.
struct TransportResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    var bodyText: String { String(decoding: body, as: UTF8.self) }
}
