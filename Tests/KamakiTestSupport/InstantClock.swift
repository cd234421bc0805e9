import Synchronization

/// A clock whose sleeps return at once, moving its time to the deadline: waits run in no real time,
/// and their elapsed times are exact.
public final class InstantClock: Clock, Sendable {
    public struct Instant: InstantProtocol {
        public var offset: Duration
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let current = Mutex(Instant(offset: .zero))
    /// Every sleep requested, in order.
    public let sleeps = Mutex<[Duration]>([])

    public var now: Instant { current.withLock { $0 } }
    public var minimumResolution: Duration { .nanoseconds(1) }

    public init() {}

    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        current.withLock { now in
            sleeps.withLock { $0.append(now.duration(to: deadline)) }
            if now < deadline { now = deadline }
        }
        await Task.yield()
    }
}
