import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki port info <port id>`
struct PortInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get details about a port")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The port id, name or address.", completion: IDCompletion.port) var portID: String

    func execute(in context: CommandContext) async throws {
        let portID = try await context.resolvedID(self.portID, .port)
        let client = try await context.client()
        let port = try await ResourceErrors.lookup(kind: .port, id: portID) {
            try await client.port(portID)
        }
        context.show(port, format)
    }
}
