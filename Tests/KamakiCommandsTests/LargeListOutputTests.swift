import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

/// What `port list` prints for 10,000 ports, pinned by digests taken from the output of the code before the
/// work on big lists (issue 19, the release build of 245105f against the same state): every later change to
/// parsing, rendering or the server's JSON must print the same bytes.
@Suite struct LargeListOutputTests {
    /// An output's size, line count and FNV-1a digest, with the cloud's address written `BASE`.
    struct Print: Equatable, CustomStringConvertible {
        var bytes: Int
        var lines: Int
        var digest: UInt64

        init(_ text: String, base: String) {
            let normalized = text.replacing(base, with: "BASE")
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in normalized.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            bytes = normalized.utf8.count
            lines = normalized.utf8.count { $0 == 0x0A }
            digest = hash
        }

        init(bytes: Int, lines: Int, digest: UInt64) {
            self.bytes = bytes
            self.lines = lines
            self.digest = digest
        }

        var description: String { "Print(bytes: \(bytes), lines: \(lines), digest: 0x\(String(digest, radix: 16)))" }
    }

    @Test func tenThousandPortsPrintAsBefore() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(10_000)
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            let base = "http://127.0.0.1:\(cloud.port)"
            let list = await h.run("port", "list")
            let details = await h.run("port", "list", "-l")
            let json = await h.run("port", "list", "--output-format=json")
            for result in [list, details, json] { #expect(result.status == 0, "\(result.err)") }
            #expect(list.out.hasPrefix("11 port-0\n12\n13 θύρα 2 ☃\n14 quote \" and back\\slash 3\n"))
            #expect(Print(list.out, base: base) == Print(bytes: 327_480, lines: 9_000, digest: 0xBB53_CA90_D2D9_EB2E))
            #expect(Print(details.out, base: base) == Print(bytes: 5_143_900, lines: 202_000, digest: 0x8E72_55B0_DC21_0980))
            #expect(Print(json.out, base: base) == Print(bytes: 8_422_901, lines: 294_002, digest: 0x691D_B319_87C1_A9E3))
        }
    }

    /// The plain list reads only the members it shows (``PortList/summaryMembers``): the id cache it leaves, and
    /// what its filters pick, are those of the list that reads every member.
    @Test func thePlainListLeavesTheIdsTheFullOneDoes() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            try await Fixtures(cloud).addManyPorts(2_000)
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            let path = IDCache.path(cacheDirectory: h.home + "/cache/kamaki", cloud: "test")
            #expect(await h.run("port", "list").status == 0)
            let plain = IDCache(path: path).entries(.port)
            #expect(await h.run("port", "list", "-l").status == 0)
            let full = IDCache(path: path).entries(.port)
            #expect(full.count == 1_800)
            #expect(plain == full)
            // Every label kind is there: an address, a status, the network, the server.
            #expect(full.contains { $0.labels.count == 4 && $0.labels[1] == "ACTIVE" && $0.labels[3].hasPrefix("server ") })
            for filter in ["--name-like=θύρα", "--id-suffix=7", "--user-id=s0m3-u53r-1d"] {
                let filtered = await h.run("port", "list", filter)
                let detailed = await h.run("port", "list", "-l", filter)
                // The lines of `-l` that are not indented (nor empty, between two addresses) are the list's.
                let titles = detailed.out.split(separator: "\n").filter { !$0.hasPrefix(" ") }
                #expect(filtered.status == 0 && !filtered.out.isEmpty)
                #expect(filtered.out.split(separator: "\n") == titles, "\(filter)")
            }
        }
    }
}
