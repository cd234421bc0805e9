import GRDB

/// What every handler shares: the state file and the simulation settings.
struct CloudContext: Sendable {
    var database: CloudDatabase
    /// How long a new port stays BUILD, and a deleted one stays readable, in microseconds.
    var settle: Int64
    /// Whether a server with a port in BUILD (or being deleted) refuses other attach/detach requests.
    var pendingActions: Bool
}
