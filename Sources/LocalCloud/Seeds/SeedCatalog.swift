import GRDB

/// The flavors and images of the server guide, the same in every seed (like the public network).
///
/// The migration that creates their tables plants them, so older state files get them too; a reset
/// keeps them, since nothing in the API changes them.
enum SeedCatalog {
    /// The guide's flavors: id, name, disk template (1 CPU, 128 MiB RAM, 1 GiB disk).
    static let flavors: [(id: Int64, name: String, diskTemplate: String)] = [
        (1, "C1R128D1drbd", "drbd"), (2, "C1R128D1plain", "plain"),
    ]

    /// The guide's images: id, name, file name in the owner's `images` container, registration time.
    /// Plankton lists by registration time, so Alpha comes first as in the guide.
    static let images: [(id: String, name: String, file: String, created: String)] = [
        ("f1r57-1m4g3-1d", "Debian Base Alpha", "debian_base-alpha.diskdump", "2013-05-29T17:30:03.040929+00:00"),
        ("53c0nd-1m4g3-1d", "Beta Debian Base", "debian_base-beta.diskdump", "2013-05-30T09:12:44.518302+00:00"),
    ]

    /// The images' owner: the tutorial user, whose name the identity service resolves.
    static let imageOwner = SeedWorld.tutorialUserID
    static let imageSize: Int64 = 1_535_450_808

    static func plant(_ db: Database) throws {
        for flavor in flavors {
            try db.execute(
                sql: "INSERT INTO flavors (id, name, vcpus, ram, disk, disk_template) VALUES (?, ?, 1, 128, 1, ?)",
                arguments: [flavor.id, flavor.name, flavor.diskTemplate])
        }
        for (index, image) in images.enumerated() {
            let created = Timestamp.parseISO(image.created) ?? 0
            try db.execute(
                sql: """
                    INSERT INTO images (id, name, owner, status, is_public, size, disk_format, container_format, checksum,
                        location, properties, created, updated)
                    VALUES (?, ?, ?, 'AVAILABLE', 1, ?, 'diskdump', 'bare', ?, ?, '{"os": "debian", "users": "root"}', ?, ?)
                    """,
                arguments: [
                    image.id, image.name, imageOwner, imageSize, String(repeating: index == 0 ? "a1" : "b2", count: 32),
                    "pithos://\(imageOwner)/images/\(image.file)", created, created,
                ])
        }
    }
}
