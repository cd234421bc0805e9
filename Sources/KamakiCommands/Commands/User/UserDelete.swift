import ArgumentParser
import KamakiAPI

/// `kamaki user delete --user=UUID_OR_NAME`
struct UserDelete: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Remove a user's token from the cloud's session users",
        discussion: "Removes the token from the cloud's token option (kamaki 0.16 asks first). The current user cannot be removed.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Option(name: .customLong("user"), help: "The user, by uuid or user name (e-mail).") var user: String

    func execute(in context: CommandContext) async throws {
        let (session, chosen) = try await SessionUsers.load(context, choosing: user)
        if chosen.token == session.users.first?.token {
            throw CommandError(
                "Cannot remove current session user",
                details: [
                    "To see the session users:", "  kamaki user list", "To select a different session user:",
                    "  kamaki user select --user=UUID_OR_USERNAME",
                ])
        }
        try session.save(session.users.map(\.token).filter { $0 != chosen.token }, context: context)
        context.output.note("User \(TerminalText.escaped(chosen.name)) is removed from the session users of cloud \(session.cloud)")
    }
}
