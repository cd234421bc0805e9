import GRDB
import KamakiAPI

/// Quota holdings: a limit and a usage per user and resource, changed in the same transaction as the resource.
enum Quotas {
    /// The resources `GET /account/v1.0/quotas` shows, in Synnefo's order.
    static let resources = [
        "cyclades.vm", "cyclades.cpu", "cyclades.ram", "cyclades.disk", "cyclades.network.private", "cyclades.floating_ip",
        "pithos.diskspace",
    ]

    /// Charges `quantity` of `resource` to `user`; 413 (nothing changed) when it would pass the limit.
    static func commission(_ db: Database, user: String, resource: String, quantity: Int64 = 1) throws {
        try db.execute(
            sql: "UPDATE quotas SET usage = usage + ? WHERE user_id = ? AND resource = ? AND usage + ? <= quota_limit",
            arguments: [quantity, user, resource, quantity])
        guard db.changesCount == 0 else { return }
        let row = try Row.fetchOne(
            db, sql: "SELECT quota_limit, usage FROM quotas WHERE user_id = ? AND resource = ?", arguments: [user, resource])
        let limit: Int64 = row?["quota_limit"] ?? 0
        let usage: Int64 = row?["usage"] ?? 0
        throw APIFault.quotaExceeded(resource: resource, available: max(0, limit - usage), requested: quantity)
    }

    /// Gives back `quantity` of `resource` (never below zero).
    static func release(_ db: Database, user: String, resource: String, quantity: Int64 = 1) throws {
        try db.execute(
            sql: "UPDATE quotas SET usage = MAX(0, usage - ?) WHERE user_id = ? AND resource = ?",
            arguments: [quantity, user, resource])
    }

    /// The user's holdings as `{resource: QuotaValue}` in Synnefo's order.
    static func values(_ db: Database, user: String) throws -> [(String, QuotaValue)] {
        let rows = try Row.fetchAll(db, sql: "SELECT resource, quota_limit, usage FROM quotas WHERE user_id = ?", arguments: [user])
        var byName: [String: QuotaValue] = [:]
        for row in rows {
            byName[row["resource"]] = QuotaValue(usage: row["usage"], limit: row["quota_limit"])
        }
        return resources.compactMap { name in byName[name].map { (name, $0) } }
    }
}
