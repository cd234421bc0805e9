import GRDB

/// A hardware setup servers are built on: CPUs, RAM (MiB), disk (GiB) and Synnefo's disk template.
struct FlavorRecord: Sendable, FetchableRecord {
    var id: Int64
    var name: String
    var vcpus: Int64
    var ram: Int64
    var disk: Int64
    var diskTemplate: String

    init(row: Row) {
        id = row["id"]
        name = row["name"]
        vcpus = row["vcpus"]
        ram = row["ram"]
        disk = row["disk"]
        diskTemplate = row["disk_template"]
    }

    static let columns = "id, name, vcpus, ram, disk, disk_template"

    static func find(_ db: Database, id: Int64) throws -> FlavorRecord? {
        try fetchOne(db, sql: "SELECT \(columns) FROM flavors WHERE id = ?", arguments: [id])
    }

    /// Every flavor, ordered by id.
    static func all(_ db: Database) throws -> [FlavorRecord] {
        try fetchAll(db, sql: "SELECT \(columns) FROM flavors ORDER BY id")
    }
}
