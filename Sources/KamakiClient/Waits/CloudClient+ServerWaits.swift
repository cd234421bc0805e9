public import KamakiAPI

extension CloudClient {
    /// Polls `GET /servers/{id}` until the server is in `status` with no action pending
    /// (`SNF:task_state` empty or absent): a start, shutdown or reboot is over then, even when
    /// the status it ends in is the one it started from. Returns the server as last read.
    public func waitForServerSettled(
        _ id: String, status: String, timeout: Duration = .seconds(60), progress: (@Sendable (WaitProgress) -> Void)? = nil
    ) async throws -> Server {
        try await poll(timeout: timeout, progress: progress) {
            let server = try await self.server(id)
            // Synnefo's task state, or Nova's (null when settled).
            let pending = (server.raw["SNF:task_state"] ?? server.raw["OS-EXT-STS:task_state"])?.stringValue ?? ""
            return (server, server.status, server.status.uppercased() == status.uppercased() && pending.isEmpty)
        }
    }

    /// Polls `GET /servers/{id}` until the server is DELETED (or gone: a 404 ends the wait too).
    public func waitForServerDeletion(
        _ id: String, timeout: Duration = .seconds(60), progress: (@Sendable (WaitProgress) -> Void)? = nil
    ) async throws {
        let _: Server? = try await poll(timeout: timeout, progress: progress) {
            do {
                let server = try await self.server(id)
                return (server, server.status, server.status.uppercased() == "DELETED")
            } catch let error as ClientError where error.status == 404 {
                return (nil, nil, true)
            }
        }
    }
}
