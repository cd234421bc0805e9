import GRDB
import KamakiAPI
import KamakiTestSupport
import Testing

@testable import LocalCloud

/// The store's lookups of flavors, images and keypairs, and the migration that plants the catalog.
@Suite struct CatalogStoreTests {
    private func read<T: Sendable>(
        _ database: CloudDatabase, _ work: @escaping @Sendable (CloudStore) throws -> T
    ) async throws -> T {
        try await database.read { db in try work(CloudStore(db: db, now: Timestamp.now())) }
    }

    @Test func theGuidesFlavorsAndImagesAreThere() async throws {
        let database = try CloudDatabase.open(path: ":memory:", seed: .empty, reset: false)
        let flavors = try await read(database) {
            try $0.flavors().map { "\($0.id) \($0.name) \($0.vcpus) \($0.ram) \($0.disk) \($0.diskTemplate)" }
        }
        #expect(flavors == ["1 C1R128D1drbd 1 128 1 drbd", "2 C1R128D1plain 1 128 1 plain"])
        let image = try await read(database) { try $0.image(id: "f1r57-1m4g3-1d") }
        #expect(image.name == "Debian Base Alpha")
        #expect(image.properties["os"] == "debian")
        #expect(image.properties["users"] == "root")
        let names = try await read(database) { try $0.images(visibleTo: SeedWorld.otherUserID).map(\.name) }
        #expect(names == ["Beta Debian Base", "Debian Base Alpha"])
    }

    /// The tutorial world's servers were made from an image of the catalog, so `image info` of a
    /// server's image finds it (they named an image the catalog did not have).
    @Test func theSeededServersImagesAreInTheCatalog() async throws {
        let database = try CloudDatabase.open(path: ":memory:", seed: .tutorial, reset: false)
        for user in [SeedWorld.tutorialUserID, SeedWorld.otherUserID] {
            let servers = try await read(database) { try $0.servers(of: user, since: nil) }
            #expect(!servers.isEmpty)
            for server in servers {
                let image = try await read(database) { try $0.image(id: server.imageID, visibleTo: user) }
                #expect(image.properties["os"] == "debian", "server \(server.id)")
            }
        }
    }

    @Test func unknownItemsAreSynnefosNotFound() async throws {
        let database = try CloudDatabase.open(path: ":memory:", seed: .tutorial, reset: false)
        let cases: [(String, @Sendable (CloudStore) throws -> Void)] = [
            ("Flavor not found.", { _ = try $0.flavor(id: 99) }),
            ("Image 'n0-such-1m4g3' not found", { _ = try $0.image(id: "n0-such-1m4g3", visibleTo: SeedWorld.tutorialUserID) }),
            ("Keypair nope not found.", { _ = try $0.keypair(name: "nope", user: SeedWorld.tutorialUserID) }),
        ]
        for (message, lookup) in cases {
            let error = await #expect(throws: APIFault.self) { try await read(database, lookup) }
            #expect(error == APIFault(name: "itemNotFound", code: 404, message: message))
        }
        let invalid = await #expect(throws: APIFault.self) { try await read(database) { _ = try $0.flavor(id: "one") } }
        #expect(invalid?.code == 400)
    }

    @Test func aStateFileOfTheFirstSchemaGetsTheCatalog() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/old.sqlite"
            do {
                let old = try DatabaseQueue(path: path)
                try Migrations.migrator.migrate(old, upTo: "v1")
                try await old.write { db in
                    try db.execute(
                        sql: "INSERT INTO users (id, name, email, token, position) VALUES ('u', 'U', 'u@example.org', 't0k3n', 0)")
                    // A server seeded with the image the catalog never had.
                    try db.execute(
                        sql: """
                            INSERT INTO servers (id, user_id, name, status, flavor_id, image_id, created, updated)
                            VALUES (141, 'u', 'Server 1', 'ACTIVE', 1, '0e8d0a3f-43e4-4a3a-9b4f-2c3f2a1e5b0d', 0, 0)
                            """)
                }
                try old.close()
            }
            let database = try CloudDatabase.open(path: path, seed: .tutorial, reset: false)
            #expect(try await read(database) { try $0.flavor(id: 2).name } == "C1R128D1plain")
            #expect(try await read(database) { try $0.image(id: "53c0nd-1m4g3-1d").name } == "Beta Debian Base")
            #expect(try await database.tokens() == ["t0k3n"])
            #expect(try await read(database) { try $0.servers(of: "u", since: nil).map(\.imageID) } == ["f1r57-1m4g3-1d"])
        }
    }
}
