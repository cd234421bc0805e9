import KamakiAPI

/// Neutron's paging of a network list (`GET /ports?limit=20&marker=41`): at most `limit` items, those
/// whose id comes after `marker`, in id order, and `<collection>_links` with a `next` link when more
/// follow. Without `limit` (or with `limit=0`, Neutron's "no limit") and `marker`, the whole list as
/// before. Synnefo has no paging; Neutron has, and a client asking for the first twenty of ten thousand
/// ports should read twenty.
///
/// A marker is an id: the page starts after it whether or not that item still exists (Neutron answers
/// 404 for a marker it cannot find; here an item deleted between two pages does not break the paging).
struct ListPage: Sendable, Equatable {
    /// At most this many items; nil: all.
    var limit: Int?
    /// Only items whose id is greater.
    var marker: Int64?

    /// The whole list.
    static let whole = ListPage(limit: nil, marker: nil)

    init(limit: Int?, marker: Int64?) {
        self.limit = limit
        self.marker = marker
    }

    /// Reads `limit` and `marker`: 400 for a limit that is not a whole number of 0 or more (Neutron's
    /// message) or a marker that is not an id.
    init(query: [String: String]) throws {
        if let text = query["limit"] {
            guard let value = Int(text), value >= 0 else {
                throw APIFault.badRequest("Bad limit request: Limit must be an integer 0 or greater and not '\(text)'.")
            }
            limit = value == 0 ? nil : value
        }
        if let text = query["marker"] {
            guard let value = Int64(text) else {
                throw APIFault.badRequest("Bad marker request: Marker must be an item's id and not '\(text)'.")
            }
            marker = value
        }
    }

    var isWhole: Bool { self == .whole }

    /// The rows to read for this page: one more than the limit tells whether more follow.
    var rowsToRead: Int? { limit.map { $0 + 1 } }

    /// This page of `items` (in id order), and whether more follow it.
    func apply<T>(_ items: [T], id: (T) -> Int64) -> (items: [T], more: Bool) {
        var after = items[...]
        if let marker { after = after.drop { id($0) <= marker } }
        guard let limit, after.count > limit else { return (Array(after), false) }
        return (Array(after.prefix(limit)), true)
    }

    /// `[{"rel": "next", "href": …}]`, the next page after the item `lastID`, for `<collection>_links`.
    func nextLinks(_ collection: String, after lastID: Int64, links: Links) -> JSON {
        let limitQuery = limit.map { "limit=\($0)&" } ?? ""
        return [["rel": "next", "href": .string("\(links.network)/v2.0/\(collection)?\(limitQuery)marker=\(lastID)")]]
    }
}

extension CloudResponse {
    /// A network list answer with Neutron's paging (``ListPage``): the page of `records`, rendered by
    /// `json`, with `<key>_links` when more follow; or 304 as ``list(_:_:since:)`` answers.
    static func page<T>(
        _ key: String, _ records: [T], page: ListPage, since: Int64?, links: Links, id: (T) -> Int64, json: (T) -> JSON
    ) -> CloudResponse {
        let (items, more) = page.apply(records, id: id)
        var response = list(key, items.map(json), since: since)
        if more, let last = items.last, case .object(var object)? = response.body {
            object[key + "_links"] = page.nextLinks(key, after: id(last), links: links)
            response.body = .object(object)
        }
        return response
    }
}
