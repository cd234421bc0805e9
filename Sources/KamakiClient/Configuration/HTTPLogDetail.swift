/// How much of each HTTP exchange the client writes to its logger.
///
/// The lines follow kamaki's `-v` / `-vv` shapes: `> GET url`, `>   header: value`,
/// `> data size: N`, `< 200 OK`, … The token is always written as `...`.
public enum HTTPLogDetail: Sendable, Hashable {
    /// No HTTP lines.
    case off
    /// Request and status lines, headers and data sizes (kamaki `-v`).
    case headers
    /// As `headers`, plus the bodies (kamaki `-vv`).
    case bodies
}
