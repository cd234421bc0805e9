/// A resource of the cloud API: a typed view over the raw object the server sent.
///
/// The raw object keeps every field, in the server's order, so output can show
/// fields we do not model.
public protocol APIResource: Sendable, Hashable {
    /// The object as the server sent it.
    var raw: JSONObject { get }
    /// Wraps a raw object.
    init(raw: JSONObject)
}

extension APIResource {
    /// The resource id as a string (the compute API sends integers, the network API strings).
    public var id: String { raw["id"]?.idString ?? "" }

    /// The resource name, or an empty string.
    public var name: String { raw["name"]?.stringValue ?? "" }

    /// The raw object as a JSON value.
    public var json: JSON { .object(raw) }

    /// Decodes a list of resources from `{"<key>": [...]}`.
    public static func list(from body: JSON, key: String) throws -> [Self] {
        guard let items = body[key]?.arrayValue else { throw WireError.missingKey(key) }
        return try items.map { item in
            guard let object = item.objectValue else { throw WireError.wrongType(key) }
            return Self(raw: object)
        }
    }

    /// Decodes one resource from `{"<key>": {...}}`.
    public static func single(from body: JSON, key: String) throws -> Self {
        guard let object = body[key]?.objectValue else { throw WireError.missingKey(key) }
        return Self(raw: object)
    }
}

/// A response body that does not have the shape the API documents.
public enum WireError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingKey(String)
    case wrongType(String)

    public var description: String {
        switch self {
        case .missingKey(let key): "the response has no '\(key)' object"
        case .wrongType(let key): "the response's '\(key)' has the wrong type"
        }
    }
}
