import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip create [--network-id=N] [--address=A] [--project-id=P]`
struct IPCreate: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Reserve an IP on a network")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(
        name: .customLong("network-id"), help: "The pool network (default: any pool with free addresses).", completion: IDCompletion.network
    ) var networkID: String?
    @Option(name: .customLong("address"), help: "The address to reserve.") var address: String?
    @Option(name: .customLong("project-id"), help: "Charge this project.") var projectID: String?

    func execute(in context: CommandContext) async throws {
        var networkID = self.networkID
        if let given = networkID { networkID = try await context.resolvedID(given, .network) }
        let client = try await context.client()
        let ip: FloatingIP
        do {
            ip = try await client.createFloatingIP(networkID: networkID, address: address, projectID: projectID)
        } catch {
            throw await ResourceErrors.probed(error, client: client, network: networkID, server: nil)
        }
        context.show(ip, format)
    }
}
