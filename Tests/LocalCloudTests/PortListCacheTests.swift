import KamakiAPI
import KamakiTestSupport
import Testing

/// `GET /ports` serves its last body again while nothing it shows can have changed (issue 19): every change,
/// through the API, by another connection to the state, or by the clock alone, shows in the next list.
@Suite struct PortListCacheTests {
    /// The listed ports' ids and the `field` of each.
    private func listed(_ api: CloudAPI, _ field: String = "name") async throws -> [String: JSON] {
        let list = try await api.get("/network/v2.0/ports")
        #expect(list.status == 200)
        var result: [String: JSON] = [:]
        for port in try #require(list["ports"]?.arrayValue) { result[port["id"]?.stringValue ?? ""] = port[field] ?? .null }
        return result
    }

    @Test func changesThroughTheAPIShowInTheNextList() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            let before = try await listed(api)
            #expect(try await listed(api) == before)
            let id = try CloudAPI.id(try await api.createPort(network: network), "port")
            #expect(try await listed(api).keys.sorted() == (Array(before.keys) + [id]).sorted())
            #expect(try await api.put("/network/v2.0/ports/\(id)", ["port": ["name": "renamed"]]).status == 200)
            #expect(try await listed(api)[id] == .string("renamed"))
            #expect(try await api.delete("/network/v2.0/ports/\(id)").status == 204)
            #expect(try await listed(api) == before)
        }
    }

    @Test func changesByAnotherConnectionShowInTheNextList() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let before = try await listed(api)
            // Fixtures write the state file on a connection of their own, as another process would.
            try await Fixtures(cloud).addManyPorts(20)
            let after = try await listed(api)
            #expect(after.count == before.count + 18)
            #expect(after["11"] == .string("port-0"))
        }
    }

    @Test func eachUserHasTheirOwnList() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let mine = CloudAPI(cloud)
            let theirs = CloudAPI(cloud, user: 1)
            let id = try CloudAPI.id(try await mine.createPort(network: try await mine.createNetwork()), "port")
            #expect(try await listed(mine)[id] != nil)
            #expect(try await listed(theirs)[id] == nil)
            #expect(try await listed(mine)[id] != nil)
        }
    }

    /// A port turns ACTIVE, and a deleted attached port stops being listed, when the settle time has passed,
    /// with no write in between: the next list shows it though a list before had cached the state before.
    @Test func changesByTheClockShowInTheNextList() async throws {
        try await withInProcessCloud(settle: 1) { cloud in
            let api = CloudAPI(cloud)
            let id = try CloudAPI.id(try await api.createPort(network: try await api.createNetwork(), device: "141"), "port")
            _ = try await listed(api, "status")
            #expect(try await eventually { try await api.get("/network/v2.0/ports/\(id)")["port"]?["status"] == "ACTIVE" })
            #expect(try await listed(api, "status")[id] == .string("ACTIVE"))
            #expect(try await listed(api, "mac_address")[id] != .null)
            #expect(try await api.delete("/network/v2.0/ports/\(id)").status == 204)
            _ = try await listed(api)
            #expect(try await eventually { try await api.get("/network/v2.0/ports/\(id)").status == 404 })
            #expect(try await listed(api)[id] == nil)
        }
    }
}
