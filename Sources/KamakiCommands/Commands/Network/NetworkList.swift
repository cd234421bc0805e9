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

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let all = try await client.listNetworks()
        context.ids?.replace(.network, with: all.map(IDEntry.init))
        let networks = filters.filter(all).filter { userID == nil || $0.userID == userID }
        if format.json { return context.render.json(.array(networks.map(\.json))) }
        context.render.list(
            networks.map(\.raw), details: details, order: FieldOrder.network,
            suffix: details ? nil : { Network(raw: $0).isPublic ? "( public )" : "( private )" })
    }
}
