import GRDB
import KamakiAPI

extension CloudStore {
    /// The flavor with this id: 404 `itemNotFound` "Flavor not found." as Synnefo's `get_flavor`.
    func flavor(id: Int64) throws -> FlavorRecord {
        guard let flavor = try FlavorRecord.find(db, id: id) else { throw APIFault.itemNotFound("Flavor not found.") }
        return flavor
    }

    /// The flavor whose id is in `text` (a path or body value): 400 when it is not a number, else as ``flavor(id:)``.
    func flavor(id text: String) throws -> FlavorRecord {
        guard let id = Int64(text) else { throw APIFault.badRequest("Invalid flavor ID '\(text)'") }
        return try flavor(id: id)
    }

    /// Every flavor, ordered by id.
    func flavors() throws -> [FlavorRecord] {
        try FlavorRecord.all(db)
    }
}
