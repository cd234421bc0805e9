import KamakiAPI
import KamakiTestSupport
import Testing

/// Neutron's paging of the network lists (`limit`, `marker`, `<key>_links`), issue 19: a client asking for
/// the first twenty of ten thousand ports gets twenty, and the pages put together are the whole list.
@Suite struct ListPagingTests {
    /// The ids of a list answer's items.
    private func ids(_ reply: Reply, _ key: String) throws -> [String] {
        try #require(reply[key]?.arrayValue).map { $0["id"]?.idString ?? "?" }
    }

    /// Reads `path` a page of `limit` at a time, following each `next` link; the pages' ids and the links.
    private func pages(_ api: CloudAPI, _ path: String, key: String, limit: Int) async throws -> (pages: [[String]], links: [String]) {
        var pages: [[String]] = []
        var links: [String] = []
        var next: String? = "\(path)?limit=\(limit)"
        while let current = next, pages.count < 100 {
            let reply = try await api.get(current)
            #expect(reply.status == 200, "\(current): \(reply.body)")
            pages.append(try ids(reply, key))
            next = nil
            if let link = reply[key + "_links"] {
                #expect(link.arrayValue?.count == 1)
                #expect(link.arrayValue?.first?["rel"] == "next")
                let href = try #require(link.arrayValue?.first?["href"]?.stringValue)
                links.append(href)
                #expect(href.hasPrefix(api.base + "/network/v2.0/"))
                next = String(href.dropFirst(api.base.count))
            }
        }
        return (pages, links)
    }

    @Test func portsComeInPagesThatMakeTheWholeList() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(25)
            let api = CloudAPI(cloud)
            let whole = try ids(try await api.get("/network/v2.0/ports"), "ports")
            #expect(whole.count > 14)
            let (pages, links) = try await pages(api, "/network/v2.0/ports", key: "ports", limit: 7)
            #expect(pages.flatMap { $0 } == whole)
            #expect(pages.dropLast().allSatisfy { $0.count == 7 })
            #expect(pages.last.map { (1...7).contains($0.count) } == true)
            // Each next link names the limit and the last id of its page; the last page has none.
            #expect(links == pages.dropLast().map { "\(api.base)/network/v2.0/ports?limit=7&marker=\($0.last ?? "")" })
            // The same pages through /ports/detail.
            #expect(try ids(try await api.get("/network/v2.0/ports/detail?limit=3"), "ports") == Array(whole.prefix(3)))
        }
    }

    @Test func aPageOfPortsIsTheWholeListsJSON() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(25)
            let api = CloudAPI(cloud)
            let whole = try #require(try await api.get("/network/v2.0/ports")["ports"]?.arrayValue)
            let page = try await api.get("/network/v2.0/ports?limit=5&marker=\(whole[2]["id"]?.idString ?? "")")
            #expect(page["ports"] == .array(Array(whole[3..<8])))
        }
    }

    @Test func noLimitOrZeroIsTheWholeListWithoutLinks() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(12)
            let api = CloudAPI(cloud)
            let whole = try await api.get("/network/v2.0/ports")
            #expect(whole["ports_links"] == nil)
            let zero = try await api.get("/network/v2.0/ports?limit=0")
            #expect(zero.json == whole.json)
            // A limit of the list's length or more: one page, and no next link.
            let count = try ids(whole, "ports").count
            for limit in [count, count + 1, 1_000_000] {
                let reply = try await api.get("/network/v2.0/ports?limit=\(limit)")
                #expect(reply.json == whole.json, "limit \(limit)")
            }
            // A marker alone: everything after it; past the last id, nothing.
            let after = try await api.get("/network/v2.0/ports?marker=12")
            #expect(try ids(after, "ports") == Array(try ids(whole, "ports").drop { Int($0)! <= 12 }))
            #expect(after["ports_links"] == nil)
            #expect(try await api.get("/network/v2.0/ports?marker=99999").json == ["ports": []])
        }
    }

    @Test func networksSubnetsAndFloatingIPsPageToo() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            let network = try await api.createNetwork()
            #expect(try await api.createSubnet(network: network).status == 201)
            #expect(try await api.createSubnet(network: try await api.createNetwork("other"), cidr: "10.0.4.0/24").status == 201)
            for _ in 0..<3 { #expect(try await api.reserveIP().status == 200) }
            for (path, key) in [
                ("/network/v2.0/networks", "networks"), ("/network/v2.0/networks/detail", "networks"),
                ("/network/v2.0/subnets", "subnets"), ("/network/v2.0/floatingips", "floatingips"),
            ] {
                let whole = try ids(try await api.get(path), key)
                #expect(whole.count >= 3, "\(path)")
                let (pages, links) = try await pages(api, path, key: key, limit: 2)
                #expect(pages.flatMap { $0 } == whole, "\(path)")
                #expect(links.count == (whole.count - 1) / 2, "\(path)")
                #expect(links.allSatisfy { $0.hasPrefix("\(api.base)/network/v2.0/\(key)?limit=2&marker=") }, "\(path)")
            }
        }
    }

    @Test func badLimitsAndMarkersAre400() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            for collection in ["ports", "networks", "networks/detail", "subnets", "floatingips"] {
                for (query, message) in [
                    ("limit=-1", "Bad limit request: Limit must be an integer 0 or greater and not '-1'."),
                    ("limit=abc", "Bad limit request: Limit must be an integer 0 or greater and not 'abc'."),
                    ("limit=1.5", "Bad limit request: Limit must be an integer 0 or greater and not '1.5'."),
                    ("limit=", "Bad limit request: Limit must be an integer 0 or greater and not ''."),
                    ("limit=2&marker=abc", "Bad marker request: Marker must be an item's id and not 'abc'."),
                    ("marker=", "Bad marker request: Marker must be an item's id and not ''."),
                ] {
                    let reply = try await api.get("/network/v2.0/\(collection)?\(query)")
                    #expect(reply.status == 400, "\(collection)?\(query)")
                    #expect(reply.message == message, "\(collection)?\(query)")
                }
            }
        }
    }
}
