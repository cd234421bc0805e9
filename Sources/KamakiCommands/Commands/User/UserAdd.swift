import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki user add --token=TOKEN`
struct UserAdd: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Authenticate a token and add it to the cloud's session users",
        discussion: "The token is appended to the cloud's token option (kamaki 0.16 asks first); the first token stays the one in use.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("token"), help: "The token of the user to add.") var token: String

    func execute(in context: CommandContext) async throws {
        let (cloud, tokens) = try SessionUsers.tokens(context)
        let access = try await context.client().authenticate(otherToken: token)
        UserAuthenticate.show(access, format: format, context: context)
        guard !tokens.contains(token) else { return context.output.note("The token is already in the session list of cloud \(cloud)") }
        try SessionUsers(cloud: cloud, users: []).save(tokens + [token], context: context)
        context.output.note("User \(TerminalText.escaped(access.userName)) is added to the session users of cloud \(cloud)")
    }
}
