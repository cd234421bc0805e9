import KamakiAPI

/// Astakos account: quotas, resource descriptions and user catalogs.
enum AccountRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/account/v1.0/quotas", allow: "GET", ["GET": quotas])
        table.add("/account/v1.0/resources", allow: "GET", ["GET": resources])
        table.add("/account/v1.0/user_catalogs", allow: "POST", ["POST": userCatalogs])
    }

    @Sendable static func quotas(_ request: CloudRequest) async throws -> CloudResponse {
        let (user, values) = try await request.read { store, user in (user.id, try store.quotas(of: user.id)) }
        let holdings = JSONObject(values.map { ($0.0, $0.1.json) })
        return .ok(.object(JSONObject([(user, .object(holdings))])))
    }

    @Sendable static func resources(_ request: CloudRequest) async throws -> CloudResponse {
        func resource(_ service: String, _ description: String, _ unit: String?) -> JSON {
            [
                "service": .string(service), "description": .string(description), "unit": .optional(unit), "ui_visible": true,
                "api_visible": true,
            ]
        }
        return .ok([
            "cyclades.vm": resource("cyclades_compute", "Number of virtual machines", nil),
            "cyclades.cpu": resource("cyclades_compute", "Number of virtual machine processors of running servers", nil),
            "cyclades.ram": resource("cyclades_compute", "Virtual machine memory size of running servers", "bytes"),
            "cyclades.disk": resource("cyclades_compute", "Virtual machine disk size", "bytes"),
            "cyclades.network.private": resource("cyclades_network", "Number of private networks", nil),
            "cyclades.floating_ip": resource("cyclades_network", "Number of Floating IP addresses", nil),
            "pithos.diskspace": resource("pithos_object-store", "Pithos account diskspace", "bytes"),
        ])
    }

    /// `{"uuids": [...], "displaynames": [...]}` → both catalogs; the display name is the e-mail.
    @Sendable static func userCatalogs(_ request: CloudRequest) async throws -> CloudResponse {
        let users = try await request.read { store, _ in try store.users() }
        guard let body = try request.jsonBody().objectValue else { throw APIFault.badRequest("Request body should be a json dict") }
        func strings(_ key: String) throws -> [String] {
            guard let value = body[key], !value.isNull else { return [] }
            guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
                throw APIFault.badRequest("\(key) should be a list of strings")
            }
            return items.compactMap(\.stringValue)
        }
        let uuids = try strings("uuids")
        let names = try strings("displaynames")
        var uuidCatalog = JSONObject()
        for uuid in uuids {
            if let user = users.first(where: { $0.id == uuid }) { uuidCatalog[uuid] = .string(user.email) }
        }
        var nameCatalog = JSONObject()
        for name in names {
            if let user = users.first(where: { $0.email == name }) { nameCatalog[name] = .string(user.id) }
        }
        return .ok(.object(JSONObject([("uuid_catalog", .object(uuidCatalog)), ("displayname_catalog", .object(nameCatalog))])))
    }
}
