import GRDB
import NIOCore
import Synchronization

/// The last `GET /ports` body rendered, served again while nothing it shows can have changed: rendering ten
/// thousand ports is most of the time such a request takes, and a client lists the same ports again and again.
///
/// A body is reused only for the same user and address (the links hold it), on the same SQLite connection
/// with the same `PRAGMA data_version` (which changes when any other connection, in this process or another,
/// commits, and only then), and before the first time at which a port it lists changes by the clock alone
/// (``PortRecord/nextChange(after:)``). Only a pool's reader connections qualify: they never write, so every
/// change to the state is another connection's (see ``CloudContext/portListCache``). One body is kept.
final class PortListCache: Sendable {
    struct Key: Equatable, Sendable {
        var connection: UInt
        var dataVersion: Int64
        var user: String
        var base: String

        /// The key of the list `db`'s read transaction sees.
        init(_ db: Database, user: String, base: String) throws {
            connection = db.sqliteConnection.map { UInt(bitPattern: $0) } ?? 0
            dataVersion = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            self.user = user
            self.base = base
        }
    }

    private struct Entry {
        var key: Key
        /// The body is good while the clock is before this (microseconds since 1970).
        var until: Int64
        var body: ByteBuffer
    }

    private let entry = Mutex<Entry?>(nil)

    /// The body kept for `key`, if it is still good at `now`.
    func body(for key: Key, now: Int64) -> ByteBuffer? {
        entry.withLock { entry in
            guard let entry, entry.key == key, now < entry.until else { return nil }
            return entry.body
        }
    }

    /// Keeps `body` for `key` until `until`.
    func keep(_ body: ByteBuffer, for key: Key, until: Int64) {
        entry.withLock { $0 = Entry(key: key, until: until, body: body) }
    }
}
