import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import Testing

/// The ids the shell and the completion scripts offer for flavors (with name and hardware), images
/// (with name) and keypairs (by name), as the list commands leave them in the id cache.
@Suite struct CatalogCompletionTests {
    @Test func listsFillTheIDCache() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        // The file as a new shell reads it (a cache reads its file once).
        func cached(_ kind: IDKind) -> [IDEntry] {
            IDCache(path: IDCache.path(cacheDirectory: h.home + "/cache/kamaki", cloud: "local")).entries(kind)
        }
        #expect(await h.run("flavor", "list", "-l").status == 0)
        #expect(
            cached(.flavor) == [
                IDEntry(id: "1", labels: ["C1R128D1drbd", "1 CPU 128MiB RAM 1GiB disk"]),
                IDEntry(id: "2", labels: ["C1R128D1plain", "1 CPU 128MiB RAM 1GiB disk"]),
            ])
        #expect(await h.run("image", "list").status == 0)
        #expect(cached(.image).map(\.labels) == [["Beta Debian Base"], ["Debian Base Alpha"]])
        #expect(await h.run("keypair", "generate", "--key-name", "deploy-key").status == 0)
        #expect(await h.run("keypair", "generate", "--key-name", "My Generated Key").status == 0)
        #expect(await h.run("keypair", "list").status == 0)
        // A keypair's id is its name, spaces and all (the guide's names have them); the shell quotes it.
        #expect(cached(.keypair).map(\.id) == ["My Generated Key", "deploy-key"])
        #expect(await h.run("keypair", "delete", "deploy-key").status == 0)
        #expect(cached(.keypair).map(\.id) == ["My Generated Key"])
    }

    @Test func theArgumentsDeclareTheirKinds() {
        let catalog = CommandCatalog.shared
        for (group, verb, kind) in [
            ("flavor", "info", IDKind.flavor), ("image", "info", .image), ("imagecompute", "info", .image),
            ("keypair", "info", .keypair), ("keypair", "delete", .keypair),
        ] {
            let command = catalog.groups.first { $0.name == group }?.verb(verb)
            #expect(command?.positionals.first?.idKind == kind, "\(group) \(verb)")
        }
    }
}
