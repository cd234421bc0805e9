import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki network create`
struct NetworkCreate: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a new network (default type: MAC_FILTERED)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("name"), help: "The network's name.") var name: String?
    @Flag(name: .customLong("shared"), help: "Make the network shared.") var shared = false
    @Option(name: .customLong("project-id"), help: "Assign the network to a project.") var projectID: String?
    @Option(name: .customLong("type"), help: "MAC_FILTERED (default), CUSTOM, IP_LESS_ROUTED or PHYSICAL_VLAN.")
    var type: String?

    func validate() throws {
        guard let type else { return }
        guard NetworkType.all.contains(type.uppercased()) else {
            throw ValidationError("Invalid network type \(type); valid types: \(NetworkType.all.joined(separator: ", "))")
        }
    }

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let network = try await client.createNetwork(name: name, type: type?.uppercased(), shared: shared, projectID: projectID)
        context.show(network, format)
    }
}
