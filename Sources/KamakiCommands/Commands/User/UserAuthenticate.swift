import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki user authenticate [TOKEN]`
struct UserAuthenticate: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "authenticate", abstract: "Authenticate the session token (or TOKEN) again and show the user and services",
        discussion: """
            The text output shows the token id as "..."; --output-format json prints the token reply as kamaki 0.16 \
            does, {"access": {"token": …, "serviceCatalog": …, "user": …}}, with the token id in full, since a script \
            that asks for it reads it (docs/compatibility.md). TOKEN is authenticated without being stored.
            """)
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "Another token to authenticate (default: the cloud's token).") var token: String?

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let access: Access
        if let token {
            access = try await client.authenticate(otherToken: token)
        } else {
            access = CloudClient.withTokenID(try await client.authenticate(), client.token)
        }
        Self.show(access, format: format, context: context)
    }

    /// The token reply: kamaki 0.16's `{"access": …}` in JSON, token id included; in text, the id masked.
    static func show(_ access: Access, format: FormatOptions, context: CommandContext) {
        if format.json { return context.render.json(.object(JSONObject([("access", .object(access.raw))]))) }
        var shown = access.raw
        if var token = shown["token"]?.objectValue {
            token["id"] = .string(HistoryFile.mask)
            shown["token"] = .object(token)
        }
        context.render.dict(shown, order: ["token", "user", "serviceCatalog"])
    }
}
