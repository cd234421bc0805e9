import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip list`
struct IPList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List reserved floating IPs")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    /// Accepted as on every other list: `ip list` always shows each IP's fields.
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field (as ip list always does).") var details = false
    @OptionGroup var count: ListNumber

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let ips = try await count.read(
            filtered: false, first: { try await client.listFloatingIPs(first: $0) }, all: { try await client.listFloatingIPs() },
            cache: { context.ids?.record(.floatingIP, $0.map(IDEntry.init), partial: $1) }, keep: { $0 })
        if format.json { return context.render.json(.array(ips.map(\.json))) }
        context.render.list(ips.map(\.raw), title: ["id"], details: true, order: FieldOrder.floatingIP)
    }
}
