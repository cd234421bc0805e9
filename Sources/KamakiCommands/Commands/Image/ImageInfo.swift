import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki image info <image id>`: the image service's metadata of an image (`HEAD /images/{id}`).
struct ImageInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get image metadata")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The image id.", completion: IDCompletion.image) var imageID: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let image = try await CatalogCommands.lookup("No image with id \(imageID) found", hints: Self.hints) {
            try await client.imageMetadata(imageID)
        }
        context.ids?.upsert(.image, IDEntry(image))
        if format.json { return context.render.json(image.json) }
        var shown = image.raw
        if let owner = image.owner {
            shown["owner"] = .string(try await CatalogCommands.withNames([owner], client: client)[owner] ?? owner)
        }
        if let size = shown["size"]?.stringValue.flatMap({ Int64($0) }) { shown["size"] = .string(SizeFormat.format(size)) }
        context.render.dict(shown)
    }

    static let hints = ["To list all images", "  kamaki image list", "To get image details", "  kamaki image info IMAGE_ID"]
}
