import Foundation
import KamakiAPI

/// Time as stored in the state file: integer microseconds since the Unix epoch, UTC.
enum Timestamp {
    /// Now, in microseconds.
    static func now() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000 + Int64(spec.tv_nsec) / 1000
    }

    /// Seconds to microseconds.
    static func micros(_ seconds: Double) -> Int64 { Int64((seconds * 1_000_000).rounded()) }

    /// Python's `isoformat()` of an aware UTC datetime: ``ISO8601/format(microsecondsSince1970:)``.
    static func iso(_ micros: Int64) -> String { ISO8601.format(microsecondsSince1970: micros) }

    /// Parses an ISO 8601 date-time (`changes-since`), UTC when it has no zone; `nil` if unparsable.
    static func parseISO(_ text: String) -> Int64? { ISO8601(text)?.microsecondsSince1970() }
}
