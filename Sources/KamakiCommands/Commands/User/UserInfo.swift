import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki user info`
struct UserInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Information about the session user")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("uuid"), help: "Another user, by uuid (its name from the user catalog).") var uuid: String?
    @Option(name: .customLong("username"), help: "Another user, by name (its uuid from the user catalog).") var username: String?

    func validate() throws {
        if uuid != nil, username != nil { throw ValidationError("Invalid argument combination: use only one of --uuid, --username") }
    }

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let access = try await client.access()
        var user = access.raw["user"]?.objectValue ?? JSONObject()
        let me = user["id"]?.stringValue
        if (uuid != nil && uuid != me) || (username != nil && username != user["name"]?.stringValue) {
            return try await other(client: client, context: context)
        }
        if let project = access.defaultProject { user["default_project"] = .string(project) }
        if format.json { return context.render.json(.object(user)) }
        context.render.dict(user, order: ["id", "name", "roles", "roles_links", "default_project"])
    }

    /// Another user: what the account service's user catalog knows (uuid and name).
    private func other(client: CloudClient, context: CommandContext) async throws {
        let catalog = try await client.userCatalog(uuids: uuid.map { [$0] } ?? [], names: username.map { [$0] } ?? [])
        let id = uuid ?? username.flatMap { catalog.uuids[$0] }
        let name = username ?? uuid.flatMap { catalog.names[$0] }
        guard let id, let name else {
            throw CommandError(
                uuid.map { "No user with uuid \($0) is known to the cloud" } ?? "No user named \(username ?? "") is known to the cloud",
                details: ["To see your own user:", "  kamaki user info"])
        }
        let user = JSONObject([("id", .string(id)), ("name", .string(name))])
        if format.json { return context.render.json(.object(user)) }
        context.render.dict(user, order: ["id", "name"])
    }
}
