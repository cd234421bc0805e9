import Foundation
import GRDB

/// The state file: a SQLite database in WAL mode shared safely between processes.
///
/// Every mutation runs in one IMMEDIATE write transaction, waits (busy timeout) for another
/// process's transaction instead of failing, and takes its ids from the database.
struct CloudDatabase: Sendable {
    let writer: any DatabaseWriter

    /// Opens (creating, migrating and seeding as needed) the state at `path`, or an in-memory one for `:memory:`.
    static func open(path: String, seed: Seed, reset: Bool) throws -> CloudDatabase {
        var configuration = Configuration()
        configuration.busyMode = .timeout(15)
        configuration.label = "LocalCloud"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let writer: any DatabaseWriter
        if path == ":memory:" {
            writer = try DatabaseQueue(configuration: configuration)
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            makePrivate(path)
            writer = try DatabasePool(path: path, configuration: configuration)
        }
        let database = CloudDatabase(writer: writer)
        try database.prepare(seed: seed, reset: reset)
        return database
    }

    /// The state holds every user's token in clear: the database is created (or tightened to) mode
    /// 0600 before SQLite opens it, and SQLite gives its `-wal` and `-shm` files the database's mode.
    private static func makePrivate(_ path: String) {
        for (file, create) in [(path, true), (path + "-wal", false), (path + "-shm", false)] {
            let fd = Foundation.open(file, O_RDWR | O_NOFOLLOW | O_CLOEXEC | (create ? O_CREAT : 0), 0o600)
            guard fd >= 0 else { continue }  // SQLite reports why it cannot open the database.
            fchmod(fd, 0o600)  // fails, harmlessly, on a file that is not ours
            close(fd)
        }
    }

    /// Migrates and seeds when needed; an up-to-date, seeded state costs one read.
    private func prepare(seed: Seed, reset: Bool) throws {
        let migrator = Migrations.migrator
        let ready = try writer.read { db in
            try migrator.hasCompletedMigrations(db) && (Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users") ?? 0) > 0
        }
        guard reset || !ready else { return }
        try migrator.migrate(writer)
        try writer.write { db in
            if reset {
                try SeedWorld.reset(db, seed: seed)
            } else {
                try SeedWorld.plantIfEmpty(db, seed: seed)
            }
        }
    }

    /// Runs `work` in a read transaction (a consistent snapshot).
    func read<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.read(work)
    }

    /// Runs `work` in one IMMEDIATE write transaction; ports whose deletion has settled are purged first.
    /// `work` gets the time taken once the transaction has started.
    func write<T: Sendable>(_ work: @escaping @Sendable (Database, Int64) throws -> T) async throws -> T {
        try await writer.write { db in
            let now = Timestamp.now()
            try db.execute(sql: "DELETE FROM ports WHERE gone_at IS NOT NULL AND gone_at <= ?", arguments: [now])
            return try work(db, now)
        }
    }

    /// The user with this token, in a read transaction of its own.
    func user(token: String) async throws -> UserRecord? {
        try await read { db in try UserRecord.fetch(db, token: token) }
    }

    /// The users' tokens, tutorial user first.
    func tokens() throws -> [String] {
        try writer.read { try UserRecord.all($0).map(\.token) }
    }
}
