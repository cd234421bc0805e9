import ArgumentParser
import KamakiAPI

/// `kamaki user list [-l]`
struct UserList: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the session users (the tokens of the cloud's token option)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Flag(name: [.customShort("l"), .customLong("detail")], help: "Show every field of each user (not the tokens).") var detail = false

    func execute(in context: CommandContext) async throws {
        let session = try await SessionUsers.load(context)
        let users = session.users.map { user -> JSONObject in
            guard detail else { return JSONObject([("id", .string(user.id)), ("name", .string(user.name))]) }
            return user.access.raw["user"]?.objectValue ?? JSONObject()
        }
        if format.json { return context.render.json(.array(users.map(JSON.object))) }
        for user in users {
            context.output.line(TerminalText.escaped("\(user["id"]?.stringValue ?? "") \(user["name"]?.stringValue ?? "")"))
            if detail {
                var rest = user
                rest["id"] = nil
                rest["name"] = nil
                context.render.dict(rest, indent: 4)
            }
        }
    }
}
