import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki network list`
struct NetworkList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List networks")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false
    @Option(name: .customLong("user-id"), help: "Show only networks of this user.") var userID: String?
    @OptionGroup var count: ListNumber

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let networks = try await count.read(
            filtered: filters.isActive || userID != nil, first: { try await client.listNetworks(first: $0) },
            all: { try await client.listNetworks() }, cache: { context.ids?.record(.network, $0.map(IDEntry.init), partial: $1) },
            keep: { networks in filters.filter(networks).filter { userID == nil || $0.userID == userID } })
        if format.json { return context.render.json(.array(networks.map(\.json))) }
        context.render.list(
            networks.map(\.raw), details: details, order: FieldOrder.network,
            suffix: details ? nil : { Network(raw: $0).isPublic ? "( public )" : "( private )" })
    }
}
