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
    @OptionGroup var count: ListNumber

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let subnets = try await count.read(
            filtered: filters.isActive, first: { try await client.listSubnets(first: $0) }, all: { try await client.listSubnets() },
            cache: { context.ids?.record(.subnet, $0.map(IDEntry.init), partial: $1) }, keep: filters.filter)
        if format.json { return context.render.json(.array(subnets.map(\.json))) }
        context.render.list(
            subnets.map(\.raw), details: details, order: FieldOrder.subnet,
            suffix: details ? nil : { "( of network \($0["network_id"]?.idString ?? "?") )" })
    }
}
