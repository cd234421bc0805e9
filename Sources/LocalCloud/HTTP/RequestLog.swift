import Synchronization

/// The method, path and query of the requests served, for tests that count requests. It keeps the last
/// ``capacity`` entries, so a long-running server does not grow without bound.
final class RequestLog: Sendable {
    /// How many entries are kept (about 50 bytes each).
    static let capacity = 10_000
    private let entries = Mutex<[String]>([])

    func append(_ entry: String) {
        entries.withLock { entries in
            // Trim in batches, so an append stays O(1) amortised.
            if entries.count >= 2 * Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
            entries.append(entry)
        }
    }

    var all: [String] { entries.withLock { Array($0.suffix(Self.capacity)) } }
}
