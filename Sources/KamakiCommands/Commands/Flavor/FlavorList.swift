import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki flavor list`, with kamaki 0.16's filters: by name and id, and by hardware (which needs the
/// detailed listing; only `id` and `name` are shown then, unless `-l`).
struct FlavorList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List available hardware flavors")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @OptionGroup var paging: ListPaging
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false
    @Option(name: .customLong("ram"), help: "Show only flavors with this much RAM (MiB).") var ram: String?
    @Option(name: .customLong("vcpus"), help: "Show only flavors with this many CPUs.") var vcpus: String?
    @Option(name: .customLong("disk"), help: "Show only flavors with this much disk (GiB).") var disk: String?
    @Option(name: .customLong("disk-template"), help: "Show only flavors with this disk template (drbd, plain, …).") var diskTemplate:
        String?
    @Option(name: .customLong("project"), help: "Show only the flavors of this project.") var project: String?
    @Flag(name: .customLong("public"), help: "Show only public flavors.") var publicOnly = false

    func execute(in context: CommandContext) async throws {
        let hardware: [(String, String?)] = [("ram", ram), ("vcpus", vcpus), ("disk", disk), ("SNF:disk_template", diskTemplate)]
        let byHardware = hardware.contains { $0.1 != nil }
        let client = try await context.client()
        let all = try await client.listFlavors(detail: details || byHardware, projectID: project, publicOnly: publicOnly)
        if details || byHardware, project == nil { context.ids?.replace(.flavor, with: all.map(IDEntry.init)) }
        let flavors = paging.apply(
            filters.filter(all).filter { flavor in
                hardware.allSatisfy { key, wanted in wanted == nil || flavor.raw[key].map(Renderer.scalar) == wanted }
            })
        let items = flavors.map { flavor in
            var item = flavor.raw
            if !details, !format.json { item["links"] = nil }
            if byHardware, !details { item = JSONObject(item.filter { ["id", "name"].contains($0.key) }.map { ($0.key, $0.value) }) }
            return item
        }
        CatalogCommands.print(items, json: format.json, details: details, enumerate: paging.enumerate, context: context)
    }
}
