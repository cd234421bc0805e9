import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki flavor info <flavor id>`
struct FlavorInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Detailed information on a hardware flavor")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The flavor id (or its name).", completion: IDCompletion.flavor) var flavorID: String

    func execute(in context: CommandContext) async throws {
        let id = try await context.resolvedID(flavorID, .flavor)
        let client = try await context.client()
        let flavor = try await CatalogCommands.lookup("No flavor with ID \(id)", hints: Self.hints) { try await client.flavor(id) }
        context.ids?.upsert(.flavor, IDEntry(flavor))
        if format.json { return context.render.json(flavor.json) }
        context.render.dict(flavor.raw)
    }

    static let hints = ["To get a list of flavors", "  kamaki flavor list", "More details on a flavor", "  kamaki flavor info FLAVOR_ID"]
}
