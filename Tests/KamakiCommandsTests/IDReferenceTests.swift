import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import Testing

/// One resolver for a resource named on a command line (every id argument, `--server-id`,
/// `--device-id`, the shell's `use`): a number is an id, any other word a name, from the id
/// cache or else from the cloud's list.
@Suite struct IDReferenceTests {
    static let known = [
        IDEntry(id: "141", labels: ["web", "ACTIVE"]), IDEntry(id: "142", labels: ["db", "ACTIVE"]), IDEntry(id: "143", labels: ["db"]),
        IDEntry(id: "7", labels: ["141"]), IDEntry(id: "9", labels: ["My Private Net", "private"]), IDEntry(id: "12", labels: ["2024"]),
    ]

    @Test func numbersAreIdsAndWordsAreNames() throws {
        #expect(try IDReference.resolve("141", kind: .server, known: Self.known) == "141", "an id wins over a name")
        #expect(try IDReference.resolve("web", kind: .server, known: Self.known) == "141")
        #expect(try IDReference.resolve("My Private Net", kind: .network, known: Self.known) == "9", "a name with spaces")
        #expect(try IDReference.resolve("150", kind: .server, known: Self.known) == "150", "an unknown id is still an id")
        #expect(try IDReference.resolve("2024", kind: .server, known: Self.known) == "2024", "a name that is a number is taken as an id")
        #expect(try IDReference.resolve("0150", kind: .network, known: []) == "150")
    }

    @Test func ambiguousNamesAndNonIdsAreRefused() {
        #expect(throws: IDReferenceError(kind: .server, text: "db", problem: .ambiguous([Self.known[1], Self.known[2]]))) {
            try IDReference.resolve("db", kind: .server, known: Self.known)
        }
        for text in ["abc", "0", "-1", "", "ACTIVE", "web "] {
            #expect(throws: IDReferenceError(kind: .server, text: text, problem: .invalid), "\(text)") {
                try IDReference.resolve(text, kind: .server, known: Self.known)
            }
        }
    }

    /// A cached port entry's first label may be its status: ports are never named from the cache.
    @Test func portsAreNotNamedFromTheCache() {
        let ports = [IDEntry(id: "11", labels: ["ACTIVE", "network 1"])]
        #expect(throws: IDReferenceError(kind: .port, text: "ACTIVE", problem: .invalid)) {
            try IDReference.resolve("ACTIVE", kind: .port, known: ports)
        }
    }

    @Test func listedResourcesAnswerByAnyOfTheirNames() throws {
        let listed = [
            NamedID(entry: IDEntry(id: "11", labels: []), names: ["web-port", "10.0.0.2"]),
            NamedID(entry: IDEntry(id: "12", labels: []), names: ["", "10.0.0.3"]),
            NamedID(entry: IDEntry(id: "13", labels: ["10.0.0.4"]), names: ["twin"]),
            NamedID(entry: IDEntry(id: "14", labels: ["10.0.0.5"]), names: ["twin"]),
        ]
        #expect(try IDReference.resolve("web-port", kind: .port, listed: listed) == "11")
        #expect(try IDReference.resolve("10.0.0.3", kind: .port, listed: listed) == "12")
        #expect(try IDReference.resolve("99", kind: .port, listed: listed) == "99")
        #expect(throws: IDReferenceError(kind: .port, text: "", problem: .unknown), "an empty name matches no unnamed port") {
            try IDReference.resolve("", kind: .port, listed: listed)
        }
        #expect(throws: IDReferenceError(kind: .port, text: "Web-port", problem: .unknown), "names are matched exactly") {
            try IDReference.resolve("Web-port", kind: .port, listed: listed)
        }
        #expect(throws: IDReferenceError(kind: .port, text: "twin", problem: .ambiguous([listed[2].entry, listed[3].entry]))) {
            try IDReference.resolve("twin", kind: .port, listed: listed)
        }
    }

    @Test func oneMessagePerProblem() {
        let invalid = IDReferenceError(kind: .floatingIP, text: "x", problem: .invalid).commandError
        #expect(invalid.kind == .usage)
        #expect(invalid.message == "Invalid floating IP id x")
        #expect(
            invalid.details == [
                "A floating IP is given by its id (a positive integer on Synnefo, a UUID on OpenStack) or its address",
                "To list floating IPs:", "  kamaki ip list",
            ])
        let unknown = IDReferenceError(kind: .network, text: "nosuch", problem: .unknown).commandError
        #expect(unknown.kind == .runtime)
        #expect(unknown.message == "(404) No network named nosuch")
        #expect(unknown.details.last == "  kamaki network list")
        let ambiguous = IDReferenceError(kind: .server, text: "db", problem: .ambiguous([Self.known[1], Self.known[2]])).commandError
        #expect(ambiguous.kind == .runtime, "exit 1, as a missing id")
        #expect(ambiguous.message == "Several servers are named db: 142, 143")
        #expect(ambiguous.details == ["142  db  ACTIVE", "143  db", "Give one of their ids"])
    }

    /// `--server-id`, `--device-id` and a server argument take what `use server` takes: a name
    /// the id cache knows (here, cached by `server list -l` and one entry renamed in the file).
    @Test func serverOptionsTakeCachedNames() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        #expect(await h.run("server", "list", "-l").status == 0)
        let cache = IDCache(path: IDCache.path(cacheDirectory: h.runner.environment.cacheDirectory, cloud: "local"))
        #expect(cache.entries(.server).map(\.id) == ["141", "142"], "both are named Server 1")

        var r = await h.run("ip", "attach", "10", "--server-id", "Server 1")
        #expect(r.status == 1 && r.err.contains("Several servers are named Server 1: 141, 142"), "\(r.err)")
        r = await h.run("network", "connect", "1", "--device-id=nothing")
        #expect(r.status == 1 && r.err.contains("(404) No server named nothing"), "\(r.err)")

        cache.upsert(.server, IDEntry(id: "142", labels: ["db"]))
        r = await h.run("server", "info", "db")
        #expect(r.status == 0 && fields(r.out)["id"] == "142", "\(r.err)")
    }
}
