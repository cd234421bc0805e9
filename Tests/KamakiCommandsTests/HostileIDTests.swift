import Foundation
import KamakiCommands
import Testing

/// The id cache keeps only well-formed ids: the shell completion scripts offer them and the
/// shell inserts them into command lines, so shell syntax or control sequences from a cloud never get in.
@Suite struct HostileIDTests {
    @Test func theIDCacheKeepsOnlyWellFormedIDs() throws {
        let cache = IDCache(path: nil)
        let uuid = "b2f7c7a0-5c1e-4a53-9b1c-0d4f7e2e1a11"
        let hostile = [
            "$(touch /tmp/x)", "`id`", "1;id", "2\nid", "*", "\u{1b}[2J", "-rf", "..", "", "a b", String(repeating: "9", count: 200),
        ]
        cache.replace(.network, with: (["1", uuid, "net_2.a-b"] + hostile).map { IDEntry(id: $0, labels: ["n"]) })
        #expect(cache.entries(.network).map(\.id) == ["1", "b2f7c7a0-5c1e-4a53-9b1c-0d4f7e2e1a11", "net_2.a-b"])
        for id in hostile { cache.upsert(.server, IDEntry(id: id, labels: [])) }
        #expect(cache.entries(.server).isEmpty)
    }

    @Test func anIDCacheFileWithMalformedIDsIsReadWithoutThem() throws {
        let directory = NSTemporaryDirectory() + "kamaki-hostile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/ids-default.json"
        let file =
            #"{"kind": "network", "refreshed": null, "entries": [{"id": "1", "labels": []}, {"id": "$(touch /tmp/x)", "labels": []}, {"id": "a\u001b", "labels": []}]}"#
        try file.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(IDCache(path: path).entries(.network).map(\.id) == ["1"])
    }
}
