import GRDB

/// What Cyclades charges a server (synnefo-api.md §3.3), in the same transaction as the change.
///
/// Building charges `cyclades.vm`, the processors (`cyclades.cpu` and `cyclades.total_cpu`), the RAM
/// (`cyclades.ram` and `cyclades.total_ram`, bytes) and `cyclades.disk` (bytes). A running server holds
/// `cpu` and `ram`; stopping gives them back and starting (or rebooting a stopped server) takes them
/// again. Deleting gives back everything the server holds. Each change is accepted at once: the usage
/// moves when the request is answered (Synnefo moves it down when the backend job ends).
enum ServerCharge {
    /// Charges a new server; 413 for the first resource over its limit, in the order the quota list shows them.
    static func build(_ db: Database, user: String, vcpus: Int64, ram: Int64, disk: Int64) throws {
        let charges: [(String, Int64)] = [
            ("cyclades.vm", 1), ("cyclades.cpu", vcpus), ("cyclades.ram", ram), ("cyclades.disk", disk),
            ("cyclades.total_cpu", vcpus), ("cyclades.total_ram", ram),
        ]
        for (resource, quantity) in charges where quantity > 0 {
            try Quotas.commission(db, user: user, resource: resource, quantity: quantity)
        }
    }

    /// Charges the running resources of a server that starts; 413 when over the limit.
    static func start(_ db: Database, server: ServerRecord) throws {
        try Quotas.commission(db, user: server.userID, resource: "cyclades.cpu", quantity: server.vcpus)
        try Quotas.commission(db, user: server.userID, resource: "cyclades.ram", quantity: server.ram)
    }

    /// Gives back the running resources of a server that stops.
    static func stop(_ db: Database, server: ServerRecord) throws {
        try Quotas.release(db, user: server.userID, resource: "cyclades.cpu", quantity: server.vcpus)
        try Quotas.release(db, user: server.userID, resource: "cyclades.ram", quantity: server.ram)
    }

    /// Gives back everything a deleted server holds (`cpu` and `ram` only if it was running).
    static func destroy(_ db: Database, server: ServerRecord) throws {
        let user = server.userID
        try Quotas.release(db, user: user, resource: "cyclades.vm")
        try Quotas.release(db, user: user, resource: "cyclades.total_cpu", quantity: server.vcpus)
        try Quotas.release(db, user: user, resource: "cyclades.total_ram", quantity: server.ram)
        try Quotas.release(db, user: user, resource: "cyclades.disk", quantity: server.disk)
        if server.status == "ACTIVE" { try stop(db, server: server) }
    }
}
