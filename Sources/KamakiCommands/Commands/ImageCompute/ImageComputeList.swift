import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki imagecompute list`: the compute API's images, with kamaki 0.16's client-side filters.
struct ImageComputeList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List images")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @OptionGroup var paging: ListPaging
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false
    @Option(name: .customLong("user-id"), help: "Show only images of this user.") var userID: String?
    @Option(name: .customLong("user-name"), help: "Show only images of the user with this name (e-mail).") var userName: String?
    @Option(name: .customLong("metadata"), help: ArgumentHelp("Show only images with this metadata; repeatable.", valueName: "KEY=VALUE"))
    var metadata: [String] = []
    @Option(
        name: .customLong("metadata-like"),
        help: ArgumentHelp("Show only images whose metadata value contains this; repeatable.", valueName: "KEY=VALUE"))
    var metadataLike: [String] = []

    func validate() throws {
        try CatalogCommands.validatePairs(metadata + metadataLike, option: "metadata filter")
    }

    func execute(in context: CommandContext) async throws {
        let needsDetail = details || userID != nil || userName != nil || !metadata.isEmpty || !metadataLike.isEmpty
        let client = try await context.client()
        let all = try await client.listComputeImages(detail: needsDetail)
        context.ids?.replace(.image, with: all.map(IDEntry.init))
        var user = userID
        if let userName { user = try await ServerList.uuid(ofUser: userName, client: client) }
        let images = paging.apply(
            filters.filter(all).filter { image in
                (user == nil || image.owner == user) && CatalogCommands.matches(image.properties, exact: metadata, like: metadataLike)
            })
        var items = images.map(\.raw)
        if details, !format.json {
            let uuids = items.flatMap { [$0["user_id"]?.stringValue, $0["tenant_id"]?.stringValue].compactMap { $0 } }
            let names = try await CatalogCommands.withNames(uuids, client: client)
            items = items.map { item in
                var item = item
                for key in ["user_id", "tenant_id"] {
                    if let uuid = item[key]?.stringValue, let named = names[uuid] { item[key] = .string(named) }
                }
                return item
            }
        } else if needsDetail, !details {
            items = items.map { JSONObject($0.filter { ["id", "name"].contains($0.key) }.map { ($0.key, $0.value) }) }
        }
        CatalogCommands.print(items, json: format.json, details: details, enumerate: paging.enumerate, context: context)
    }
}
