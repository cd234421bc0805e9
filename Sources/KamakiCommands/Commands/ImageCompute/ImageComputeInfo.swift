import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki imagecompute info <image id>`: the compute API's image, its owner named.
struct ImageComputeInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get detailed information on an image")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The image id.", completion: IDCompletion.image) var imageID: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let image = try await CatalogCommands.lookup("No image with id \(imageID) found", hints: ImageInfo.hints) {
            try await client.computeImage(imageID)
        }
        context.ids?.upsert(.image, IDEntry(image))
        if format.json { return context.render.json(image.json) }
        var shown = image.raw
        if let uuid = shown["user_id"]?.stringValue {
            shown["user_id"] = .string(try await CatalogCommands.withNames([uuid], client: client)[uuid] ?? uuid)
        }
        context.render.dict(shown)
    }
}
