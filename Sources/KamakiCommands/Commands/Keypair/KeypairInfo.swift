import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki keypair info <key name>`
struct KeypairInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Detailed information on a keypair")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The keypair's name.", completion: IDCompletion.keypair) var keyName: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let keypair = try await KeypairCommands.lookup(keyName) { try await client.keypair(keyName) }
        context.ids?.upsert(.keypair, IDEntry(keypair))
        if format.json { return context.render.json(keypair.json) }
        context.render.dict(keypair.raw, order: FieldOrder.keypair)
    }
}
