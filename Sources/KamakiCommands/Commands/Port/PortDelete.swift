import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki port delete <port id> [--wait]`
struct PortDelete: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a port (== disconnect server from network)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var waiting: WaitOptions
    @Argument(help: "The port id, name or address.", completion: IDCompletion.port) var portID: String

    func execute(in context: CommandContext) async throws {
        let portID = try await context.resolvedID(self.portID, .port)
        let client = try await context.client()
        try await PortOperations.delete(portID, client: client, context: context, waiting: waiting)
    }
}
