/// The error envelope of the Synnefo API: `{"<faultName>": {"code", "message", "details"}}`.
public struct APIFault: Sendable, Hashable, Error {
    /// The fault key, e.g. `itemNotFound`, `conflict`, `overLimit`.
    public var name: String
    /// The HTTP status.
    public var code: Int
    /// The human-readable message.
    public var message: String
    /// Extra detail, usually empty.
    public var details: String

    public init(name: String, code: Int, message: String, details: String = "") {
        self.name = name
        self.code = code
        self.message = message
        self.details = details
    }

    /// Reads an error body; `nil` unless it has exactly the documented shape.
    public init?(json: JSON) {
        guard let object = json.objectValue, object.count == 1, let name = object.keys.first,
            let inner = object[name]?.objectValue
        else { return nil }
        self.name = name
        self.code = inner["code"]?.intValue ?? 0
        self.message = inner["message"]?.stringValue ?? ""
        switch inner["details"] {
        case .string(let s): self.details = s
        case nil, .null: self.details = ""
        case let other?: self.details = other.serialized()
        }
    }

    /// The wire form.
    public var json: JSON {
        .object(
            JSONObject([
                (name, .object(JSONObject([("code", .number(code)), ("message", .string(message)), ("details", .string(details))])))
            ]))
    }
}

/// HTTP reason phrases as Synnefo (Django 1.7) writes them: upper case.
public enum ReasonPhrase {
    /// The phrase for a status code.
    public static func forStatus(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "CREATED"
        case 202: "ACCEPTED"
        case 204: "NO CONTENT"
        case 304: "NOT MODIFIED"
        case 400: "BAD REQUEST"
        case 401: "UNAUTHORIZED"
        case 403: "FORBIDDEN"
        case 404: "NOT FOUND"
        case 405: "METHOD NOT ALLOWED"
        case 409: "CONFLICT"
        case 413: "REQUEST ENTITY TOO LARGE"
        case 500: "INTERNAL SERVER ERROR"
        case 501: "NOT IMPLEMENTED"
        case 502: "BAD GATEWAY"
        case 503: "SERVICE UNAVAILABLE"
        case 504: "GATEWAY TIMEOUT"
        default: "UNKNOWN STATUS CODE"
        }
    }
}
