import KamakiAPI

/// Picks service endpoints from a token reply's catalog, as kamaki does.
///
/// A service is found by `type` (case-insensitive, the first service of that type). A Synnefo (v2)
/// service must have exactly one endpoint. The account service is the one of type `account`, or the
/// one named `astakos_account` (astakosclient's rule); when it has several endpoints, the `v1.0` one
/// is taken. A Keystone v3 service lists an endpoint per interface and region: the one of the wanted
/// interface (and region, when one is given) is taken; several regions without a choice are an error.
struct ServiceCatalog: Sendable {
    let services: [CatalogService]

    init(_ access: Access) {
        self.services = access.catalog
    }

    /// The base URL of a service type, normalised (`/v2.0` added for network and compute).
    func endpoint(type: String, interface: String = "public", region: String? = nil) throws(ClientError) -> String {
        let wanted = type.lowercased()
        var service = services.first { $0.type.lowercased() == wanted }
        if service == nil, wanted == "account" {
            service = services.first { $0.name == "astakos_account" }
        }
        guard let service else {
            throw ClientError(.configuration("no endpoint of type \(type) in the service catalog"))
        }
        if service.endpoints.contains(where: { $0.interface != nil }) {
            return try Self.v3Endpoint(service, type: type, interface: interface, region: region)
        }
        var endpoints = service.endpoints
        if wanted == "account", endpoints.count > 1 {
            endpoints = endpoints.filter { $0.versionID == "v1.0" }
        }
        guard endpoints.count == 1, let endpoint = endpoints.first else {
            throw ClientError(.configuration("\(endpoints.count) endpoints match type \(type)"))
        }
        return Self.normalize(endpoint.publicURL, service: wanted)
    }

    /// The endpoint of a v3 service for an interface and a region.
    static func v3Endpoint(_ service: CatalogService, type: String, interface: String, region: String?) throws(ClientError) -> String {
        let offered = service.endpoints.filter { $0.interface?.lowercased() == interface.lowercased() }
        let matching = offered.filter { region == nil || $0.region == region }
        let urls = Set(matching.map { normalize($0.publicURL, service: type) })
        if urls.count == 1, let url = urls.first { return url }
        let regions = Set(offered.compactMap(\.region)).sorted()
        let place = "interface \(interface)" + (region.map { ", region \($0)" } ?? "")
        if urls.isEmpty {
            let elsewhere = regions.isEmpty ? "" : " (it has regions \(regions.joined(separator: ", ")))"
            throw ClientError(.configuration("the \(type) service has no endpoint for \(place) in the service catalog\(elsewhere)"))
        }
        throw ClientError(
            .configuration(
                "the \(type) service has \(urls.count) endpoints for \(place) (regions \(regions.joined(separator: ", "))): "
                    + "choose a region (region_name, OS_REGION_NAME)"))
    }

    /// Strips a trailing `/`; appends `/v2.0` to an unversioned identity, network or compute URL.
    static func normalize(_ url: String, service: String) -> String {
        var url = Substring(url)
        while url.hasSuffix("/") { url = url.dropLast() }
        let versioned = ["identity", "network", "compute"]
        if versioned.contains(service.lowercased()), !hasVersionSuffix(url) {
            return url + "/v2.0"
        }
        return String(url)
    }

    /// Whether the last path segment is `vN` or `vN.M`.
    static func hasVersionSuffix(_ url: Substring) -> Bool {
        guard let slash = url.lastIndex(of: "/") else { return false }
        let segment = url[url.index(after: slash)...]
        guard segment.first == "v" else { return false }
        let parts = segment.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
