import GRDB

/// What every handler shares: the state file and the simulation settings.
struct CloudContext: Sendable {
    var database: CloudDatabase
    /// How long a new port stays BUILD, and a deleted one stays readable, in microseconds.
    var settle: Int64
    /// Whether a server with a port in BUILD (or being deleted) refuses other attach/detach requests.
    var pendingActions: Bool
    /// The last port list rendered (see ``portListCache``).
    var portLists = PortListCache()

    /// The port list cache, when the state is a pool whose reads are on connections that never write (an
    /// in-memory state's one connection does both, and its own writes do not change its `data_version`).
    var portListCache: PortListCache? { database.writer is DatabasePool ? portLists : nil }
}
