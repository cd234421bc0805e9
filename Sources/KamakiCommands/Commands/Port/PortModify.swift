import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki port modify <port id> --name NEW`
struct PortModify: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "modify", abstract: "Modify the attributes of a port")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The port id, name or address.", completion: IDCompletion.port) var portID: String
    @Option(name: .customLong("name"), help: "The new name.") var name: String

    func execute(in context: CommandContext) async throws {
        let portID = try await context.resolvedID(self.portID, .port)
        let client = try await context.client()
        let port = try await ResourceErrors.lookup(kind: .port, id: portID) {
            try await client.renamePort(portID, name: name)
        }
        context.show(port, format)
    }
}
