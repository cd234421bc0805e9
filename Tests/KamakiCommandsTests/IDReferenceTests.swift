import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import Testing

/// One resolver for a resource named on a command line (`--server-id`, `--device-id`, a server
/// argument, the shell's `use`): a known id, else the one entry of that name, else a valid id.
@Suite struct IDReferenceTests {
    static let known = [
        IDEntry(id: "141", labels: ["web", "ACTIVE"]), IDEntry(id: "142", labels: ["db"]), IDEntry(id: "143", labels: ["db"]),
        IDEntry(id: "7", labels: ["141"]),
    ]

    @Test func idsAndNamesResolveToIds() throws {
        #expect(try IDReference.resolve("141", kind: .server, known: Self.known) == "141", "a known id wins over a name")
        #expect(try IDReference.resolve("web", kind: .server, known: Self.known) == "141")
        #expect(try IDReference.resolve("150", kind: .server, known: Self.known) == "150", "an unknown id is still an id")
        #expect(try IDReference.resolve("0150", kind: .network, known: []) == "150")
    }

    @Test func ambiguousNamesAndNonIdsAreRefused() {
        #expect(throws: IDReferenceError(kind: .server, text: "db", problem: .ambiguous(["142", "143"]))) {
            try IDReference.resolve("db", kind: .server, known: Self.known)
        }
        for text in ["abc", "0", "-1", "", "ACTIVE"] {
            #expect(throws: IDReferenceError(kind: .server, text: text, problem: .invalid), "\(text)") {
                try IDReference.resolve(text, kind: .server, known: Self.known)
            }
        }
    }

    @Test func oneMessagePerProblem() {
        let invalid = IDReferenceError(kind: .floatingIP, text: "x", problem: .invalid).commandError
        #expect(invalid.kind == .usage)
        #expect(invalid.message == "Invalid floating IP id x")
        #expect(
            invalid.details == [
                "A floating IP is given by its id (a positive integer) or its name", "To list floating IPs:", "  kamaki ip list",
            ])
        let ambiguous = IDReferenceError(kind: .server, text: "db", problem: .ambiguous(["142", "143"])).commandError
        #expect(ambiguous.message == "Several servers are named db: 142, 143")
    }

    /// `--server-id`, `--device-id` and a server argument take what `use server` takes: a name
    /// the id cache knows (here, cached by `server list -l` and one entry renamed in the file).
    @Test func serverOptionsTakeCachedNames() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        #expect(await h.run("server", "list", "-l").status == 0)
        let cache = IDCache(path: IDCache.path(cacheDirectory: h.runner.environment.cacheDirectory, cloud: "local"))
        #expect(cache.entries(.server).map(\.id) == ["141", "142"], "both are named Server 1")

        var r = await h.run("ip", "attach", "10", "--server-id", "Server 1")
        #expect(r.status == 2 && r.err.contains("Several servers are named Server 1: 141, 142"), "\(r.err)")
        r = await h.run("network", "connect", "1", "--device-id=nothing")
        #expect(r.status == 2 && r.err.contains("Invalid server id nothing"), "\(r.err)")

        cache.upsert(.server, IDEntry(id: "142", labels: ["db"]))
        r = await h.run("server", "info", "Server 1")
        #expect(r.status == 0 && fields(r.out)["id"] == "141", "\(r.err)")
        r = await h.run("server", "info", "db")
        #expect(r.status == 0 && fields(r.out)["id"] == "142", "\(r.err)")
    }
}
