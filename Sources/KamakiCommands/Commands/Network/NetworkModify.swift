import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki network modify <network id> --name NEW`
struct NetworkModify: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "modify", abstract: "Modify network attributes")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The network id or name (default: the session's network).", completion: IDCompletion.network) var networkID: String?
    @Option(name: .customLong("name"), help: "The new name.") var name: String

    func execute(in context: CommandContext) async throws {
        let id = try await context.networkID(networkID)
        let client = try await context.client()
        let network: Network
        do {
            network = try await client.renameNetwork(id, name: name)
        } catch {
            throw ResourceErrors.networkChange(error, id: id, action: "renamed")
        }
        context.show(network, format)
    }
}
