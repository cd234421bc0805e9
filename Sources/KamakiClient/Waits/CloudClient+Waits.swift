public import KamakiAPI

extension CloudClient {
    /// Polls `GET /ports/{id}` until `condition` holds; returns the port as last read.
    ///
    /// Polls at once, then after 0.5 s, growing ×1.5 up to 2 s between polls. Throws
    /// ``ClientError/Kind/waitTimeout(lastStatus:)`` after `timeout`, and `CancellationError` as soon as
    /// the task is cancelled.
    public func waitForPort(
        _ id: String, _ condition: WaitCondition, timeout: Duration = .seconds(60),
        progress: (@Sendable (WaitProgress) -> Void)? = nil
    ) async throws -> Port {
        try await poll(timeout: timeout, progress: progress) {
            let port = try await self.port(id)
            return (port, port.status, condition.isSatisfied(by: port.status))
        }
    }

    /// Polls `GET /ports/{id}` while the port exists; a 404 means it is gone and the wait is over.
    public func waitForPortDeletion(
        _ id: String, timeout: Duration = .seconds(60), progress: (@Sendable (WaitProgress) -> Void)? = nil
    ) async throws {
        let _: Port? = try await poll(timeout: timeout, progress: progress) {
            do {
                let port = try await self.port(id)
                return (port, port.status, false)
            } catch let error as ClientError where error.status == 404 {
                return (nil, nil, true)
            }
        }
    }

    /// Polls `GET /servers/{id}` until `condition` holds; returns the server as last read.
    public func waitForServer(
        _ id: String, _ condition: WaitCondition, timeout: Duration = .seconds(60),
        progress: (@Sendable (WaitProgress) -> Void)? = nil
    ) async throws -> Server {
        try await poll(timeout: timeout, progress: progress) {
            let server = try await self.server(id)
            return (server, server.status, condition.isSatisfied(by: server.status))
        }
    }

    /// The poll loop over the injected clock.
    func poll<R: Sendable>(
        timeout: Duration, progress: (@Sendable (WaitProgress) -> Void)?,
        read: @Sendable () async throws -> (R, String?, Bool)
    ) async throws -> R {
        try await Self.poll(clock: clock, timeout: timeout, progress: progress, read: read)
    }

    private static func poll<C: Clock, R: Sendable>(
        clock: C, timeout: Duration, progress: (@Sendable (WaitProgress) -> Void)?,
        read: @Sendable () async throws -> (R, String?, Bool)
    ) async throws -> R where C.Duration == Duration {
        let start = clock.now
        var interval = WaitSchedule.first
        var lastStatus = ""
        while true {
            try Task.checkCancellation()
            let (value, status, done) = try await read()
            let elapsed = start.duration(to: clock.now)
            if let status {
                lastStatus = status
                progress?(WaitProgress(status: status, elapsed: elapsed, timeout: timeout))
            }
            if done { return value }
            guard elapsed < timeout else { throw ClientError(.waitTimeout(lastStatus: lastStatus)) }
            try await clock.sleep(until: clock.now.advanced(by: min(interval, timeout - elapsed)), tolerance: nil)
            interval = WaitSchedule.next(after: interval, elapsed: start.duration(to: clock.now))
        }
    }
}

/// How often a wait polls: every 250 ms for the first 2 s (most local changes and quick builds are done
/// by then, and a wait should end within a quarter second of the change), then half as long again each
/// time, up to once a second, as kamaki 0.16 polls.
enum WaitSchedule {
    static let first = Duration.milliseconds(250)
    static let brisk = Duration.seconds(2)
    static let slowest = Duration.seconds(1)

    static func next(after interval: Duration, elapsed: Duration) -> Duration {
        elapsed < brisk ? first : min(interval * 1.5, slowest)
    }
}
