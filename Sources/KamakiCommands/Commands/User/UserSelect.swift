import ArgumentParser
import KamakiAPI

/// `kamaki user select --user=UUID_OR_NAME`
struct UserSelect: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "select", abstract: "Make a session user the current one",
        discussion: "Moves the user's token to the front of the cloud's token option (kamaki 0.16 asks first).")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Option(name: .customLong("user"), help: "The user, by uuid or user name (e-mail).") var user: String

    func execute(in context: CommandContext) async throws {
        let (session, chosen) = try await SessionUsers.load(context, choosing: user)
        let name = TerminalText.escaped(chosen.name)
        guard session.users.first?.token != chosen.token else {
            return context.output.note("User \(name) is already the selected session user")
        }
        try session.save([chosen.token] + session.users.map(\.token).filter { $0 != chosen.token }, context: context)
        context.output.note("User \(name) with id \(TerminalText.escaped(chosen.id)) is now the current session user")
    }
}
