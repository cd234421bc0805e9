import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip delete <ip id>`
struct IPDelete: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Unreserve an IP (detach it first)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The floating IP, by address or id.", completion: IDCompletion.floatingIP) var ipID: String

    func execute(in context: CommandContext) async throws {
        let ipID = try await context.resolvedID(self.ipID, .floatingIP)
        let client = try await context.client()
        try await ResourceErrors.lookup(floatingIP: ipID) { try await client.deleteFloatingIP(ipID) }
        context.ids?.remove(.floatingIP, id: ipID)
    }
}
