import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip info <ip id>`
struct IPInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get details on a floating IP")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The floating IP, by address or id.", completion: IDCompletion.floatingIP) var ipID: String

    func execute(in context: CommandContext) async throws {
        let ipID = try await context.resolvedID(self.ipID, .floatingIP)
        let client = try await context.client()
        let ip = try await ResourceErrors.lookup(floatingIP: ipID) { try await client.floatingIP(ipID) }
        context.show(ip, format)
    }
}
