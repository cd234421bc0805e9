import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip reassign <ip id> --project-id=PROJECT`
struct IPReassign: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "reassign", abstract: "Assign a floating IP to a different project")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The floating IP, by address or id.", completion: IDCompletion.floatingIP) var ipID: String
    @Option(name: .customLong("project-id"), help: "The project to assign the IP to.") var projectID: String

    func execute(in context: CommandContext) async throws {
        let ipID = try await context.resolvedID(self.ipID, .floatingIP)
        let client = try await context.client()
        try await ProjectReassign.run(
            kind: .floatingIP, id: ipID, project: projectID, reassign: { try await client.reassignFloatingIP(ipID, project: projectID) },
            probe: { _ = try await client.floatingIP(ipID) })
    }
}
