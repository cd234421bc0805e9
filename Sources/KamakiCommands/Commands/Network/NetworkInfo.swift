import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki network info <network id>`
struct NetworkInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get details about a network")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The network id or name (default: the session's network).", completion: IDCompletion.network) var networkID: String?

    func execute(in context: CommandContext) async throws {
        let id = try await context.networkID(networkID)
        let client = try await context.client()
        let network = try await ResourceErrors.lookup(kind: .network, id: id) {
            try await client.network(id)
        }
        context.show(network, format)
    }
}
