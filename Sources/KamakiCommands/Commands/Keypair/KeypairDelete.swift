import ArgumentParser
import KamakiClient

/// `kamaki keypair delete <key name>`
struct KeypairDelete: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a keypair")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The keypair's name.", completion: IDCompletion.keypair) var keyName: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        try await KeypairCommands.lookup(keyName) { try await client.deleteKeypair(keyName) }
        context.ids?.remove(.keypair, id: keyName)
    }
}
