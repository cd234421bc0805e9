import KamakiAPI

/// A compute API microversion, `MAJOR.MINOR` (`2.46`), and the one kamaki asks Nova for.
///
/// kamaki asks for a fixed microversion whose bodies it understands, never `latest` (whose shapes
/// change under it): ``wanted``, capped by the server's maximum. `2.46` is the newest before 2.47
/// replaced a server's `flavor: {id, links}` with the flavor's embedded details, which the views and
/// `server list --flavor-id` read; from 2.37 `POST /servers` needs `networks`, which kamaki sends.
public struct NovaMicroversion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Reads `2.46`; nil for anything else (`latest`, `2`, `2.x`, an empty string).
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let major = Int(parts[0]), let minor = Int(parts[1])
        else { return nil }
        self.init(major, minor)
    }

    /// The microversion kamaki understands best.
    public static let wanted = NovaMicroversion(2, 46)

    public var description: String { "\(major).\(minor)" }

    /// The request header's value: `compute 2.46`.
    public var headerValue: String { "compute \(self)" }

    public static func < (a: Self, b: Self) -> Bool { (a.major, a.minor) < (b.major, b.minor) }

    /// The microversion to send to the compute API whose version document is `document` (`GET` of the
    /// compute endpoint: `{"version": {...}}`, or the root's `{"versions": [...]}`): ``wanted`` capped by
    /// the current version's maximum; nil when the API has no microversions (an empty `version`, as
    /// Synnefo and Nova's v2.0 answer), so no header is sent. A server whose minimum is above ``wanted``
    /// is a configuration error: kamaki cannot read its bodies.
    public static func negotiate(_ document: JSON) throws(ClientError) -> NovaMicroversion? {
        let version: JSON
        if let one = document["version"], one.objectValue != nil {
            version = one
        } else if let all = document["versions"]?.arrayValue {
            guard let current = all.first(where: { $0["status"]?.stringValue == "CURRENT" }) ?? all.last else {
                throw ClientError(.invalidResponse("the compute version document lists no version"))
            }
            version = current
        } else {
            throw ClientError(.invalidResponse("the compute version document has no 'version' or 'versions'"))
        }
        guard let maximum = version["version"]?.stringValue.flatMap({ NovaMicroversion($0) }) else { return nil }
        let minimum = version["min_version"]?.stringValue.flatMap({ NovaMicroversion($0) }) ?? NovaMicroversion(2, 1)
        guard minimum <= wanted else {
            throw ClientError(
                .configuration(
                    "The compute service needs microversion \(minimum) or later; kamaki speaks up to \(wanted)"))
        }
        return min(maximum, wanted)
    }
}
