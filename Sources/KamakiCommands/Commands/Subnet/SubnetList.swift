import ArgumentParser
import Foundation
import KamakiAPI
import KamakiClient

/// `kamaki subnet list`
struct SubnetList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List subnets")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let all = try await client.listSubnets()
        context.ids?.replace(.subnet, with: all.map(IDEntry.init))
        let subnets = filters.filter(all)
        if format.json { return context.render.json(.array(subnets.map(\.json))) }
        context.render.list(
            subnets.map(\.raw), details: details, order: FieldOrder.subnet,
            suffix: details ? nil : { "( of network \($0["network_id"]?.idString ?? "?") )" })
    }
}
