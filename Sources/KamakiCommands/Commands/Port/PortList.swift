import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki port list`
struct PortList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List all ports")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false
    @Option(name: .customLong("user-id"), help: "Show only ports of this user.") var userID: String?
    @OptionGroup var count: ListNumber

    /// What the plain list needs of each port: its line, the filters and the id cache's entry (`IDEntry(port)`).
    static let summaryMembers = ["id", "name", "user_id", "status", "network_id", "device_id", "fixed_ips"]

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let ports = try await count.read(
            filtered: filters.isActive || userID != nil, first: { try await client.listPorts(first: $0) },
            all: { try await client.listPorts(keeping: details || format.json ? nil : Self.summaryMembers) },
            cache: { context.ids?.record(.port, $0, partial: $1, entry: IDEntry.init) },
            keep: { ports in filters.filter(ports).filter { userID == nil || $0.userID == userID } })
        if format.json { return context.render.json(.array(ports.map(\.json))) }
        context.render.list(ports.map(\.raw), details: details, order: FieldOrder.port, nestedOrders: ["fixed_ips": FieldOrder.fixedIP])
    }
}
