import KamakiAPI
import KamakiClient

/// `network reassign` and `ip reassign`: moving a resource's quota to another project, with kamaki's
/// messages for a missing resource and for a project the user is not a member of.
enum ProjectReassign {
    /// Runs `reassign`; a 400 or 404 is a missing resource when `probe` cannot find it, else a refused project.
    static func run(
        kind: IDKind, id: String, project: String, reassign: () async throws -> Void, probe: () async throws -> Void
    ) async throws {
        do {
            try await reassign()
        } catch let error as ClientError {
            guard case .http(let status, let reason, let fault, let body) = error.kind, status == 400 || status == 404 else { throw error }
            do {
                try await probe()
            } catch {
                throw ResourceErrors.notFound(error, kind: kind, id: id)
            }
            throw CommandError(
                "(\(status)) Cannot assign \(kind.noun) \(id) to project \(project)",
                details: [
                    ErrorPresenter.rawLine(status: status, reason: reason, fault: fault, body: body),
                    "Resources can move only to a project you are a member of; to see yours:", "  kamaki quota list",
                ])
        }
    }
}
