import ArgumentParser
import KamakiClient

/// `kamaki network delete <network id>`
struct NetworkDelete: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a network")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The network id or name (default: the session's network).", completion: IDCompletion.network) var networkID: String?

    func execute(in context: CommandContext) async throws {
        let id = try await context.networkID(networkID)
        let client = try await context.client()
        do {
            try await client.deleteNetwork(id)
        } catch {
            throw ResourceErrors.networkChange(error, id: id, action: "deleted")
        }
        context.ids?.remove(.network, id: id)
        if context.session?.network == id { context.session?.network = nil }
    }
}
