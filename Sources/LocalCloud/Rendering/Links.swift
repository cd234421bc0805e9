import KamakiAPI

/// Builds absolute URLs and `links` arrays for the resources of one request.
struct Links: Sendable {
    /// `http://host:port`, no trailing slash.
    var base: String

    var identity: String { base + "/identity/v2.0" }
    var account: String { base + "/account/v1.0" }
    var compute: String { base + "/compute/v2.0" }
    var network: String { base + "/network" }
    var image: String { base + "/image" }
    var ui: String { base + "/ui" }

    /// `[{"rel": "self", ...}, {"rel": "bookmark", ...}]` for `href`.
    static func selfAndBookmark(_ href: String) -> JSON {
        [["rel": "self", "href": .string(href)], ["rel": "bookmark", "href": .string(href)]]
    }

    func networkLinks(_ collection: String, _ id: Int64) -> JSON {
        Self.selfAndBookmark("\(network)/v2.0/\(collection)/\(id)")
    }

    func computeLinks(_ collection: String, _ id: String) -> JSON {
        Self.selfAndBookmark("\(compute)/\(collection)/\(id)")
    }
}
