import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki network reassign <network id> --project-id=PROJECT`
struct NetworkReassign: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "reassign", abstract: "Assign a network to a different project")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    /// Accepted (and checked) as kamaki 0.16 accepts it; the command prints nothing.
    @OptionGroup(visibility: .hidden) var format: FormatOptions
    @Argument(help: "The network id or name (default: the session's network).", completion: IDCompletion.network) var networkID: String?
    @Option(name: .customLong("project-id"), help: "The project to assign the network to.") var projectID: String

    func execute(in context: CommandContext) async throws {
        let id = try await context.networkID(networkID)
        let client = try await context.client()
        do {
            try await ProjectReassign.run(
                kind: .network, id: id, project: projectID, reassign: { try await client.reassignNetwork(id, project: projectID) },
                probe: { _ = try await client.network(id) })
        } catch let error as ClientError where error.status == 403 || error.status == 409 {
            throw ResourceErrors.networkChange(error, id: id, action: "reassigned")
        }
    }
}
