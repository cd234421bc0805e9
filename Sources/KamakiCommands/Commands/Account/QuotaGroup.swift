import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki quota …`
struct QuotaGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quota", abstract: "Astakos/Account API commands for quotas", subcommands: [QuotaList.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}

/// `kamaki quota list`
struct QuotaList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Show user quotas")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("resource"), help: "Show only resources whose name starts with this.") var resource: String?
    @Option(name: .customLong("project-id"), help: "Show only this project.") var projectID: String?
    @Flag(name: .customLong("bytes"), help: "Show sizes in bytes.") var bytes = false

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        var quotas = try await client.quotas()
        if let projectID {
            guard let project = quotas[projectID] else {
                throw CommandError("User not assigned to project with id \"\(projectID)\"", details: ["To see all quotas:", "  kamaki quota list"])
            }
            quotas = JSONObject([(projectID, project)])
        }
        if let resource {
            var filtered = JSONObject()
            for (project, value) in quotas {
                var kept = JSONObject()
                for (name, figures) in value.objectValue ?? JSONObject() where name.hasPrefix(resource) { kept[name] = figures }
                if !kept.isEmpty { filtered[project] = .object(kept) }
            }
            guard !filtered.isEmpty else { throw CommandError("Resource \"\(resource)\" not found", details: ["To see all quotas:", "  kamaki quota list"]) }
            quotas = filtered
        }
        if format.json { return context.render.json(.object(quotas)) }
        var text = ""
        for (project, value) in quotas {
            text += "\(project):\n"
            let resources = value.objectValue ?? JSONObject()
            for name in FieldOrder.ordered(resources.keys, preferred: FieldOrder.quotaResources) {
                guard let figures = resources[name]?.objectValue else { continue }
                text += "    \(name):\n"
                let sized = !bytes && QuotaResource.byteResources.contains(name)
                for key in FieldOrder.ordered(figures.keys, preferred: FieldOrder.quotaValues) {
                    guard let number = figures[key] else { continue }
                    let shown = sized ? number.intValue.map { SizeFormat.format(Int64($0)) } ?? Renderer.scalar(number) : Renderer.scalar(number)
                    text += "        \(key): \(shown)\n"
                }
            }
        }
        context.output.write(text, to: .standard)
    }
}

/// `kamaki user …`
struct UserGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Astakos/Identity API commands", subcommands: [UserInfo.self, UserAuthenticate.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}

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
