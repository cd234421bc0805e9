import KamakiAPI
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

/// `-n`/`--number` on the network lists (issue 19): without a filter only that many items are read from the
/// cloud (Neutron's `limit`), and what is shown is the start of the whole list, as the whole list shows it.
@Suite struct ListNumberTests {
    /// The list requests the cloud served since `start`.
    private func listRequests(_ cloud: LocalCloud, since start: Int, _ collection: String) -> [String] {
        cloud.requestLog.dropFirst(start).filter { $0.hasPrefix("GET /network/v2.0/\(collection)") }
    }

    /// The blocks of `-l` output, one per item (its title line and the indented lines under it).
    private func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            if line.hasPrefix(" ") || line.isEmpty, !blocks.isEmpty {
                blocks[blocks.count - 1] += line + "\n"
            } else {
                blocks.append(line + "\n")
            }
        }
        return blocks
    }

    @Test func portListNumberReadsOnlyThatMany() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(2_000)
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            let whole = await h.run("port", "list")
            let wholeDetails = await h.run("port", "list", "-l")
            let wholeJSON = await h.run("port", "list", "--output-format=json")
            for result in [whole, wholeDetails, wholeJSON] { #expect(result.status == 0, "\(result.err)") }

            var start = cloud.requestLog.count
            let first = await h.run("port", "list", "-n", "20")
            #expect(first.status == 0, "\(first.err)")
            #expect(listRequests(cloud, since: start, "ports") == ["GET /network/v2.0/ports?limit=20"])
            let lines = whole.out.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(first.out == lines.prefix(20).joined(separator: "\n") + "\n")

            start = cloud.requestLog.count
            let details = await h.run("port", "list", "--number=7", "-l")
            #expect(listRequests(cloud, since: start, "ports") == ["GET /network/v2.0/ports?limit=7"])
            #expect(blocks(details.out) == Array(blocks(wholeDetails.out).prefix(7)))
            #expect(blocks(wholeDetails.out).count == 1_800)

            let json = await h.run("port", "list", "-n3", "--output-format=json")
            let wholeItems = try #require(try JSON.parse(wholeJSON.out).arrayValue)
            #expect(try JSON.parse(json.out) == .array(Array(wholeItems.prefix(3))))
        }
    }

    @Test func withAFilterTheWholeListIsReadAndTheFirstMatchesShown() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(200)
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            for filter in ["--name-like=port", "--user-id=s0m3-u53r-1d", "--id-suffix=7"] {
                let all = await h.run("port", "list", filter)
                let start = cloud.requestLog.count
                let first = await h.run("port", "list", filter, "-n", "4")
                #expect(listRequests(cloud, since: start, "ports") == ["GET /network/v2.0/ports"], "\(filter)")
                let lines = all.out.split(separator: "\n")
                #expect(lines.count > 4, "\(filter)")
                #expect(first.out == lines.prefix(4).joined(separator: "\n") + "\n", "\(filter)")
            }
        }
    }

    @Test func zeroOrMoreThanThereAreShowsAll() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(30)
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            let whole = await h.run("port", "list")
            #expect(whole.status == 0)
            let start = cloud.requestLog.count
            #expect(await h.run("port", "list", "-n", "0").out == whole.out)
            #expect(await h.run("port", "list", "-n", "5000").out == whole.out)
            #expect(listRequests(cloud, since: start, "ports") == ["GET /network/v2.0/ports", "GET /network/v2.0/ports?limit=5000"])
        }
    }

    @Test func networksSubnetsAndFloatingIPsToo() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let api = CloudAPI(cloud)
            #expect(try await api.createSubnet(network: try await api.createNetwork("one")).status == 201)
            #expect(try await api.createSubnet(network: try await api.createNetwork("two"), cidr: "10.0.4.0/24").status == 201)
            for _ in 0..<2 { #expect(try await api.reserveIP().status == 200) }
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            for (group, collection) in [("network", "networks/detail"), ("subnet", "subnets"), ("ip", "floatingips")] {
                let whole = await h.run(group, "list")
                #expect(whole.status == 0, "\(group): \(whole.err)")
                let start = cloud.requestLog.count
                let first = await h.run(group, "list", "-n", "1")
                #expect(first.status == 0, "\(group): \(first.err)")
                #expect(listRequests(cloud, since: start, collection) == ["GET /network/v2.0/\(collection)?limit=1"], "\(group)")
                let wholeBlocks = blocks(whole.out)
                #expect(wholeBlocks.count > 1, "\(group)")
                #expect(blocks(first.out) == [wholeBlocks[0]], "\(group)")
            }
        }
    }

    /// A page updates the ids it shows in the cache and keeps the others: completion still offers them all.
    @Test func aPageKeepsTheOtherCachedIds() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(100)
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            let path = IDCache.path(cacheDirectory: h.home + "/cache/kamaki", cloud: "test")
            let page = await h.run("port", "list", "-n", "5")
            let pageIDs = page.out.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
            #expect(pageIDs.count == 5)
            #expect(IDCache(path: path).entries(.port).map(\.id) == pageIDs)
            #expect(IDCache(path: path).refreshed(.port) == nil)
            let list = await h.run("port", "list")
            let whole = IDCache(path: path).entries(.port)
            #expect(whole.count == list.out.split(separator: "\n").count)
            #expect(whole.count > 5)
            #expect(await h.run("port", "list", "-n", "5").status == 0)
            #expect(IDCache(path: path).entries(.port) == whole)
            #expect(IDCache(path: path).refreshed(.port) != nil)
        }
    }

    @Test func badNumbersAreUsageErrors() async throws {
        let h = try CommandHarness(url: "http://127.0.0.1:9/identity/v2.0", token: "unused")
        for group in ["port", "network", "subnet", "ip"] {
            for (value, message) in [("-1", "--number must be 0 or more, not -1"), ("abc", "'abc'"), ("1.5", "'1.5'")] {
                let result = await h.run(group, "list", "--number=\(value)")
                #expect(result.status == 2, "\(group) \(value): \(result.err)")
                #expect(result.err.contains(message), "\(group) \(value): \(result.err)")
                #expect(result.out.isEmpty)
            }
        }
    }
}
