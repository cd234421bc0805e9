import KamakiClient

/// kamaki's translations of 400/404 on an id into "No <kind> with id X found" plus hints (kamaki-cli.md §5.3).
enum ResourceErrors {
    static func notFound(_ error: any Error, kind: String, id: String, listCommand: String) -> any Error {
        guard let error = error as? ClientError, case .http(let status, let reason, let fault, let body) = error.kind,
            status == 404 || status == 400
        else { return error }
        var details: [String] = []
        if status == 400, Int(id) == nil { details.append("\(kind.prefix(1).uppercased() + kind.dropFirst()) ids are positive integers") }
        details += ["To get a list of \(kind)s:", "  \(listCommand)"]
        details.append(ErrorPresenter.rawLine(status: status, reason: reason, fault: fault, body: body))
        return CommandError("(\(status)) No \(kind) with id \(id) found", details: details)
    }

    /// Runs `body`, translating a missing-id error.
    static func lookup<T>(kind: String, id: String, list: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw notFound(error, kind: kind, id: id, listCommand: list)
        }
    }
}
