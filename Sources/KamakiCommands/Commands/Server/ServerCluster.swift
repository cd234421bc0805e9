import KamakiAPI
import KamakiClient

/// `server create`'s work: one server, or a cluster of `size` named NAME1…NAMEsize created
/// concurrently (at most `threads` requests at once). A cluster that fails part way stops
/// sending creates, prints the servers already made, and reports, as kamaki 0.16 does, which
/// servers the command left behind (found by listing: a create whose answer was lost counts too).
struct ServerCluster {
    let client: CloudClient
    let context: CommandContext
    let format: FormatOptions
    let waiting: WaitOptions
    let threads: Int

    func create(_ template: ServerCreateRequest, size: Int) async throws {
        if size == 1 {
            let server = try await one(template)
            show([server], cluster: false)
            return try await waitIfAsked([server])
        }
        let before = Set((try? await client.listServers())?.map(\.id) ?? [])
        let requests = (1...size).map { index in
            var request = template
            request.name = template.name + String(index)
            return request
        }
        let (made, failure) = await createAll(requests)
        show(made, cluster: true)
        if let failure {
            await reportLeftBehind(names: Set(requests.map(\.name)), before: before, made: made, size: size)
            throw failure
        }
        try await waitIfAsked(made)
    }

    /// Creates each request, `threads` at a time; stops starting new ones after the first failure.
    /// The servers made (in name order) and the first failure.
    private func createAll(_ requests: [ServerCreateRequest]) async -> ([Server], (any Error)?) {
        await withTaskGroup(of: (Int, Result<Server, any Error>).self) { group in
            var next = 0
            var made: [(Int, Server)] = []
            var failure: (any Error)?
            func start() {
                let index = next
                let request = requests[index]
                next += 1
                group.addTask {
                    do {
                        return (index, .success(try await one(request)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            while next < min(threads, requests.count) { start() }
            while let (index, result) = await group.next() {
                switch result {
                case .success(let server): made.append((index, server))
                case .failure(let error): if failure == nil { failure = error }
                }
                if failure == nil, next < requests.count, !Task.isCancelled { start() }
            }
            if failure == nil, made.count < requests.count { failure = CancellationError() }
            return (made.sorted { $0.0 < $1.0 }.map(\.1), failure)
        }
    }

    /// One create, keeping the completion cache current; its error made clear.
    private func one(_ request: ServerCreateRequest) async throws -> Server {
        do {
            let server = try await client.createServer(request)
            context.ids?.upsert(.server, IDEntry(server))
            return server
        } catch {
            throw await ServerCreateErrors.probed(error, request: request, client: client)
        }
    }

    /// New servers on stdout, in the guide's key order (a blank line between servers), or JSON.
    private func show(_ servers: [Server], cluster: Bool) {
        if format.json {
            if cluster { return context.render.json(.array(servers.map(\.json))) }
            if let server = servers.first { context.render.json(server.json) }
            return
        }
        for (index, server) in servers.enumerated() {
            if index > 0 { context.output.line() }
            context.render.dict(server.raw, order: FieldOrder.createdServer, nestedOrders: FieldOrder.createdServerNested)
        }
    }

    private func waitIfAsked(_ servers: [Server]) async throws {
        guard waiting.wait, !servers.isEmpty else { return }
        let building = servers.filter { $0.status == "BUILD" }
        for server in servers where server.status != "BUILD" {
            context.output.note("Server \(server.id) status: \(TerminalText.escaped(server.status))")
        }
        try await ServerWaits.wait(
            building.map(\.id), until: .built, client: client, context: context, noProgressBar: waiting.noProgressBar)
    }

    /// kamaki's report after a failed cluster, on stderr, when some of its servers were made.
    private func reportLeftBehind(names: Set<String>, before: Set<String>, made: [Server], size: Int) async {
        var left = made.map { ($0.id, $0.name) }
        if let all = try? await client.listServers() {
            let known = Set(left.map(\.0))
            left += all.filter { names.contains($0.name) && !before.contains($0.id) && !known.contains($0.id) }.map { ($0.id, $0.name) }
        }
        // Nothing was made (a bad image, say): the error says it all.
        guard !left.isEmpty else { return }
        left.sort { (Int($0.0) ?? 0, $0.0) < (Int($1.0) ?? 0, $1.0) }
        var lines = ["Failed to build \(size) servers", "Found \(left.count) matching servers:"]
        lines += left.map { "\(TerminalText.escaped($0.0)) \(TerminalText.escaped($0.1))" }
        lines.append("Check if any of these servers should be removed")
        for line in lines { context.output.note(line) }
    }
}
