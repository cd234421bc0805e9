import KamakiAPI

/// Token-less version documents, for clients that discover versions (the OpenStack SDK).
enum VersionRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/network", allow: "GET", ["GET": networkVersions])
        table.add("/compute", allow: "GET", ["GET": computeVersions])
        table.add("/network/v2.0", allow: "GET", ["GET": networkResources])
        table.add("/compute/v2.0", allow: "GET", ["GET": computeVersion])
    }

    private static func version(_ href: String) -> JSON {
        [
            "id": "v2.0", "status": "CURRENT", "updated": "2011-01-21T11:33:21-06:00",
            "links": [["rel": "self", "href": .string(href)]],
        ]
    }

    @Sendable static func networkVersions(_ request: CloudRequest) async throws -> CloudResponse {
        .ok(["versions": [version(request.links.network + "/v2.0/")]])
    }

    @Sendable static func computeVersions(_ request: CloudRequest) async throws -> CloudResponse {
        .ok(["versions": [version(request.links.compute + "/")]])
    }

    @Sendable static func computeVersion(_ request: CloudRequest) async throws -> CloudResponse {
        .ok(["version": version(request.links.compute + "/")])
    }

    @Sendable static func networkResources(_ request: CloudRequest) async throws -> CloudResponse {
        let base = request.links.network + "/v2.0/"
        let items: [JSON] = ["networks", "subnets", "ports", "floatingips"].map { collection in
            let name = collection == "floatingips" ? "floatingip" : String(collection.dropLast())
            return [
                "name": .string(name), "collection": .string(collection), "links": [["rel": "self", "href": .string(base + collection)]],
            ]
        }
        return .ok(["resources": .array(items)])
    }
}
