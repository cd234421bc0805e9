import GRDB
import KamakiAPI

/// One transaction on the state file, as a route sees it: reads and writes named for what they do.
///
/// A route parses its request, calls one method of the store inside the transaction ``CloudRequest``
/// opens (`read` or `write`), and renders the result. The queries live here and in the records.
struct CloudStore {
    let db: Database
    /// The time taken once the transaction had started, in microseconds.
    let now: Int64

    /// The item `find` returns for the id in `text`: 400 `invalid` when the text is not a number, 404 `missing`
    /// when there is no such item.
    func item<Item>(_ text: String, invalid: String, missing: String, _ find: (Int64) throws -> Item?) throws -> Item {
        guard let id = Int64(text) else { throw APIFault.badRequest(invalid) }
        guard let item = try find(id) else { throw APIFault.itemNotFound(missing) }
        return item
    }
}
