import Foundation
public import KamakiAPI

/// The first items of a network list, read a page at a time as Neutron pages (`limit`, `marker`, and
/// `<key>_links` with `rel` `next`): `port list -n 20` reads twenty ports, not ten thousand. A cloud that
/// does not page (Synnefo) answers the whole list, of which the first items are kept.
extension CloudClient {
    /// The first `count` ports (`GET /ports?limit=…`).
    public func listPorts(first count: Int) async throws -> [KamakiAPI.Port] {
        try await listFirst(KamakiAPI.Port.self, "ports", .network, "/ports", count: count)
    }

    /// The first `count` visible networks (`GET /networks/detail?limit=…`).
    public func listNetworks(first count: Int) async throws -> [Network] {
        try await listFirst(Network.self, "networks", .network, "/networks/detail", count: count)
    }

    /// The first `count` subnets (`GET /subnets?limit=…`).
    public func listSubnets(first count: Int) async throws -> [Subnet] {
        try await listFirst(Subnet.self, "subnets", .network, "/subnets", count: count)
    }

    /// The first `count` floating IPs (`GET /floatingips?limit=…`).
    public func listFloatingIPs(first count: Int) async throws -> [FloatingIP] {
        try await listFirst(FloatingIP.self, "floatingips", .network, "/floatingips", count: count)
    }

    /// Reads pages of `{"<key>": [...], "<key>_links": [...]}` until `count` items came or no `next` link
    /// follows. Only the next link's `marker` is taken: the request goes to the service's own address
    /// (a link to another host never gets the token), asking for what is still missing.
    func listFirst<R: APIResource>(_ type: R.Type, _ key: String, _ service: Service, _ path: String, count: Int) async throws -> [R] {
        guard count > 0 else { return [] }
        var items: [R] = []
        var marker: String?
        var markersSeen: Set<String> = []
        while items.count < count {
            var query = "?limit=\(count - items.count)"
            if let marker {
                query += "&marker=" + (marker.addingPercentEncoding(withAllowedCharacters: Self.queryValueCharacters) ?? marker)
            }
            let (page, next) = try await request("GET", service, path + query, expect: 200) { json -> ([R], String?) in
                let items = try R.list(from: json ?? .null, key: key)
                return (items, Self.nextMarker(json?[key + "_links"]))
            }
            items += page
            // A cloud that ignores the limit sends everything once; a next link that repeats itself ends it too.
            guard let next, !page.isEmpty, markersSeen.insert(next).inserted else { break }
            marker = next
        }
        return items.count > count ? Array(items.prefix(count)) : items
    }

    /// The `marker` of the `next` link in a list's `<key>_links`, if any.
    static func nextMarker(_ links: JSON?) -> String? {
        guard let links = links?.arrayValue else { return nil }
        for link in links where link["rel"]?.stringValue == "next" {
            guard let href = link["href"]?.stringValue, let components = URLComponents(string: href) else { return nil }
            return components.queryItems?.first { $0.name == "marker" }?.value.flatMap { $0.isEmpty ? nil : $0 }
        }
        return nil
    }

    /// What a query value may hold unescaped.
    private static let queryValueCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
