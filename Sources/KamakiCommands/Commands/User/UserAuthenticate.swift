import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki user authenticate`
struct UserAuthenticate: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "authenticate", abstract: "Authenticate the session token again and show the user and services")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions

    func execute(in context: CommandContext) async throws {
        let access = try await context.client().authenticate()
        var shown = access.raw
        if var token = shown["token"]?.objectValue {
            token["id"] = "..."
            shown["token"] = .object(token)
        }
        if format.json { return context.render.json(.object(shown)) }
        context.render.dict(shown, order: ["token", "user", "serviceCatalog"])
    }
}
