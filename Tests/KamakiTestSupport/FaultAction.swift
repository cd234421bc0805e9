/// What the ``FaultServer`` does with one request.
public enum FaultAction: Sendable {
    /// A complete response with `Content-Length`; the connection stays open (keep-alive).
    case respond(status: Int, headers: [(String, String)], body: [UInt8])
    /// Headers announcing `declaredLength` bytes, then `partial`, then the connection is closed.
    case closeMidResponse(declaredLength: Int, partial: [UInt8])
    /// The connection is closed without a byte of response.
    case closeWithoutResponse
    /// Nothing is sent until the client gives up and closes the connection.
    case stall
    /// Headers with the full `Content-Length` at once, then the body one byte every `interval`
    /// (a server, or a network, slower than any read timeout notices), until the client closes.
    case drip(body: [UInt8], interval: Duration)

    /// A response with a text body.
    public static func respond(status: Int, contentType: String = "application/json", body: String) -> FaultAction {
        .respond(status: status, headers: [("Content-Type", contentType)], body: Array(body.utf8))
    }

    /// A JSON response.
    public static func json(_ status: Int, _ text: String) -> FaultAction {
        .respond(status: status, body: text)
    }
}

/// One request the ``FaultServer`` received.
public struct FaultRequest: Sendable {
    public var method: String
    public var path: String
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: [UInt8]
    /// How many requests with this method and path the server has seen, this one included.
    public var countForPath: Int = 0

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
