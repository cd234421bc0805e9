import GRDB
import KamakiAPI

extension CloudStore {
    /// The user's quota holdings, in Synnefo's order.
    func quotas(of user: String) throws -> [(String, QuotaValue)] {
        try Quotas.values(db, user: user)
    }

    /// Every user, tutorial user first.
    func users() throws -> [UserRecord] {
        try UserRecord.all(db)
    }
}
