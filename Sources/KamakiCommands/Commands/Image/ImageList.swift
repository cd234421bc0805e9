import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki image list`: the images the user may use, from the image service, with kamaki 0.16's filters
/// (the cloud's: name, formats, status, size; the client's: owner, properties, names and ids).
struct ImageList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List images accessible by user")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @OptionGroup var paging: ListPaging
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false
    @Option(name: .customLong("container-format"), help: "Show only images of this container format.") var containerFormat: String?
    @Option(name: .customLong("disk-format"), help: "Show only images of this disk format.") var diskFormat: String?
    @Option(name: .customLong("size-min"), help: "Show only images of at least this many bytes.") var sizeMin: Int?
    @Option(name: .customLong("size-max"), help: "Show only images of at most this many bytes.") var sizeMax: Int?
    @Option(name: .customLong("status"), help: "Show only images in this status.") var status: String?
    @Option(name: .customLong("owner"), help: "Show only images of this owner (uuid).") var owner: String?
    @Option(name: .customLong("owner-name"), help: "Show only images of the owner with this name (e-mail).") var ownerName: String?
    @Option(name: .customLong("order"), help: "Order by this field (id, name, status, size, …); a leading - reverses.") var order: String?
    @Option(name: .customLong("property"), help: ArgumentHelp("Show only images with this property; repeatable.", valueName: "KEY=VALUE"))
    var property: [String] = []
    @Option(
        name: .customLong("property-like"),
        help: ArgumentHelp("Show only images whose property contains this; repeatable.", valueName: "KEY=VALUE"))
    var propertyLike: [String] = []

    func validate() throws {
        try CatalogCommands.validatePairs(property + propertyLike, option: "property filter")
    }

    func execute(in context: CommandContext) async throws {
        var serverFilters: [(String, String)] = []
        for (key, value) in [
            ("container_format", containerFormat), ("disk_format", diskFormat), ("name", filters.name), ("status", status),
        ] {
            if let value { serverFilters.append((key, value)) }
        }
        for (key, value) in [("size_min", sizeMin), ("size_max", sizeMax)] {
            if let value { serverFilters.append((key, String(value))) }
        }
        let descending = order?.hasPrefix("-") == true
        let sortKey = order.map { descending ? String($0.dropFirst()) : $0 }.flatMap { $0.isEmpty ? nil : $0 }
        let needsDetail = details || !property.isEmpty || !propertyLike.isEmpty || owner != nil || ownerName != nil
        let client = try await context.client()
        let all = try await client.listImages(detail: needsDetail, filters: serverFilters, sortKey: sortKey, descending: descending)
        if serverFilters.isEmpty { context.ids?.replace(.image, with: all.map(IDEntry.init)) }
        var wantedOwner = owner
        if let ownerName { wantedOwner = try await ServerList.uuid(ofUser: ownerName, client: client) }
        var images = filters.filter(all).filter { image in
            (wantedOwner == nil || image.owner == wantedOwner)
                && CatalogCommands.matches(image.properties, exact: property, like: propertyLike)
        }
        images = paging.apply(images)
        var items = images.map(\.raw)
        if !format.json {
            let owners = details ? try await CatalogCommands.withNames(images.compactMap(\.owner), client: client) : [:]
            items = items.map { item in
                var item = item
                if let size = item["size"]?.intValue { item["size"] = .string(SizeFormat.format(Int64(size))) }
                if let owner = item["owner"]?.stringValue, let named = owners[owner] { item["owner"] = .string(named) }
                return item
            }
        }
        if needsDetail, !details {
            let short: Set = ["id", "name", "status", "container_format", "disk_format", "size"]
            items = items.map { JSONObject($0.filter { short.contains($0.key) }.map { ($0.key, $0.value) }) }
        }
        CatalogCommands.print(items, json: format.json, details: details, enumerate: paging.enumerate, context: context)
    }
}
