import KamakiClient

extension CommandRunner {
    /// Runs a command. When the shell's session is on the embedded cloud and the cloud refused
    /// its token (another terminal's `local reset` seeded new tokens), the session re-reads the
    /// cloud's credentials (``CloudConnection/recoverEmbeddedCredentials()``) and the command runs
    /// once more; a refusal then, or from a configured cloud, is the command's error.
    static func execute(_ command: any KamakiCommand, in context: CommandContext, session: CloudConnection?) async throws {
        do {
            try await command.execute(in: context)
        } catch  where refusedToken(error) {
            guard let session, context.existingConnection === session, await session.recoverEmbeddedCredentials() else { throw error }
            try await command.execute(in: context)
        }
    }

    /// Whether an error says the cloud did not accept the token (`/tokens` or a service answered 401).
    static func refusedToken(_ error: any Error) -> Bool {
        guard let error = error as? ClientError else { return false }
        if case .authentication = error.kind { return true }
        return error.status == 401
    }
}
