import KamakiAPI
import KamakiClient

/// The requests of `server delete/start/shutdown/reboot`, with kamaki's checks and messages.
enum ServerLifecycle {
    /// Deletes servers, 8 at a time; the first failure ends the command once the requests in
    /// flight are answered. Deleted servers leave the completion cache.
    static func delete(_ ids: [String], client: CloudClient, context: CommandContext) async throws {
        try await withThrowingTaskGroup(of: String.self) { group in
            var next = 0
            func start() {
                let id = ids[next]
                next += 1
                group.addTask {
                    try await lookup(id) { try await client.deleteServer(id) }
                    return id
                }
            }
            while next < min(8, ids.count) { start() }
            while let id = try await group.next() {
                context.ids?.remove(.server, id: id)
                if next < ids.count { start() }
            }
        }
    }

    /// `server start/shutdown/reboot`: the action on the server given (or the session's), then
    /// with `--wait`, a wait until it is over (ACTIVE, STOPPED, ACTIVE again).
    static func run(_ action: ServerAction, _ given: String?, waiting: WaitOptions, context: CommandContext) async throws {
        let id = try await context.serverID(given, flag: "server id")
        let client = try await context.client()
        try await act(action, on: id, client: client, context: context)
        guard waiting.wait else { return }
        try await ServerWaits.wait(
            [id], until: .settled(target(of: action) ?? "ACTIVE"), client: client, context: context, noProgressBar: waiting.noProgressBar)
    }

    /// Starts, shuts down or reboots a server. Start and shutdown first check, as kamaki 0.16,
    /// that the server is not already in the status they lead to.
    static func act(_ action: ServerAction, on id: String, client: CloudClient, context: CommandContext) async throws {
        let server = try await ResourceLookup.server(id, client: client)
        if let target = target(of: action), server.status == target {
            throw CommandError(
                "Server \(id) is already \(target)", details: ["To see the server:", "  kamaki server info \(id)"])
        }
        try await lookup(id) { try await client.serverAction(id, action) }
    }

    /// The status an action leads to.
    static func target(of action: ServerAction) -> String? {
        switch action {
        case .start: "ACTIVE"
        case .shutdown: "STOPPED"
        case .reboot: nil
        }
    }

    /// Runs a request on server `id`: a 404 is kamaki's `No servers with ID` block, and a refusal
    /// because of the server's state (400, 409) says how to see that state.
    static func lookup(_ id: String, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ClientError where error.status == 404 {
            throw CommandError(
                "(404) No servers with ID \(id)",
                details: ["To list available servers:", "  kamaki server list", ErrorPresenter.rawLine(error) ?? error.description])
        } catch let error as ClientError where error.status == 400 || error.status == 409 {
            var block = ErrorPresenter.translate(error)
            block.details += ["To see the server:", "  kamaki server info \(id)"]
            throw block
        }
    }
}
