import Foundation
import KamakiCommands
import KamakiTestSupport
import Testing

/// The id cache's file: what one process writes the next reads, read on first use only,
/// private to the user, and a damaged or foreign file never breaks a command.
@Suite struct IDCacheTests {
    private let temporary: TemporaryDirectory
    var directory: String { temporary.path }

    init() throws {
        temporary = try TemporaryDirectory()
    }

    @Test func whatOneCacheWritesTheNextReads() throws {
        let path = directory + "/nested/ids-default.json"
        let first = IDCache(path: path)
        first.replace(
            .floatingIP,
            with: [IDEntry(id: "10", labels: ["192.168.3.7", "free"]), IDEntry(id: "8", labels: ["192.168.3.5", "server 142"])])
        first.upsert(.network, IDEntry(id: "2", labels: ["My Private Net", "private"]))
        first.remove(.floatingIP, id: "10")

        let second = IDCache(path: path)
        #expect(second.entries(.floatingIP) == [IDEntry(id: "8", labels: ["192.168.3.5", "server 142"])])
        #expect(second.entries(.network) == [IDEntry(id: "2", labels: ["My Private Net", "private"])])
        #expect(second.entries(.port).isEmpty)
        #expect(second.refreshed(.floatingIP) != nil)
        #expect(second.refreshed(.network) == nil)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func idsAreKeptInNumericOrder() {
        let cache = IDCache(path: nil)
        cache.replace(.port, with: ["14", "9", "11", "abc"].map { IDEntry(id: $0, labels: []) })
        #expect(cache.entries(.port).map(\.id) == ["9", "11", "14", "abc"])
    }

    @Test func theFileIsReadOnFirstUseNotWhenTheCacheIsMade() throws {
        let path = directory + "/ids-lab.json"
        let cache = IDCache(path: path)
        IDCache(path: path).upsert(.server, IDEntry(id: "142", labels: ["My Server", "ACTIVE"]))
        #expect(cache.entries(.server).map(\.id) == ["142"])
    }

    @Test(arguments: [
        "", "not json", "[1, 2]", #"{"entries": ["server", [{"id": "141"}]]}"#,
        #"{"entries": {"server": "nope", "gadget": [{"id": "1"}]}, "refreshed": {"server": "soon"}}"#,
    ])
    func aDamagedOrForeignFileReadsAsEmpty(_ content: String) throws {
        let path = directory + "/ids-default.json"
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        let cache = IDCache(path: path)
        for kind in IDKind.allCases {
            #expect(cache.entries(kind).isEmpty)
            #expect(cache.refreshed(kind) == nil)
        }
        cache.upsert(.network, IDEntry(id: "1", labels: ["public_network", "public"]))
        #expect(IDCache(path: path).entries(.network).map(\.id) == ["1"])
    }

    /// One line per kind: replacing one kind's ids leaves the other kinds' lines as they were, byte for
    /// byte (they are neither parsed nor encoded again), and a damaged line loses only its own kind.
    @Test func replacingOneKindKeepsTheOtherLines() throws {
        let path = directory + "/ids-default.json"
        let other = #"{"kind": "network", "refreshed": 12.5, "entries": [{"id": "1", "labels": ["public_network", "public"]}]}"#
        let damaged = #"{"kind": "server", "refreshed": 1, "entries": [{"id": "141""#
        try (other + "\n" + damaged + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        IDCache(path: path).replace(.port, with: (1...3).reversed().map { IDEntry(id: "\($0)", labels: ["DOWN", "a\nb"]) })
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == other)
        #expect(lines[1].hasPrefix(#"{"kind": "port", "refreshed": "#))
        #expect(lines[2] == damaged)
        let read = IDCache(path: path)
        #expect(read.entries(.port) == (1...3).map { IDEntry(id: "\($0)", labels: ["DOWN", "a\nb"]) })
        #expect(read.refreshed(.network) == 12.5)
        #expect(read.entries(.network).map(\.id) == ["1"])
        #expect(read.entries(.server).isEmpty)
        #expect(read.refreshed(.server) == nil)
    }

    /// The one place a cloud's cache file is named (the shell's cache, bash completion).
    @Test func aCloudsFileIsNamedSafely() {
        #expect(IDCache.path(cacheDirectory: "/c", cloud: "lab-2_b") == "/c/ids-lab-2_b.json")
        #expect(IDCache.path(cacheDirectory: "/c", cloud: "../my cloud/ä") == "/c/ids-___my_cloud_ä.json")
    }
}
