import KamakiAPI
import KamakiClient

/// kamaki 0.16's session users: a cloud's `token` option may hold several tokens separated by spaces; the
/// first is the one commands use. `user list`, `add`, `select` and `delete` read and rewrite that list. Each
/// kamaki run here is its own session, so a change is written to the config file at once (kamaki 0.16 asks
/// on its terminal whether to write it; see docs/compatibility.md).
struct SessionUsers {
    struct User {
        var token: String
        var access: Access
        var id: String { access.userID }
        var name: String { access.userName }
    }

    let cloud: String
    let users: [User]

    /// The current cloud's tokens, each authenticated (one `POST /tokens` each).
    static func load(_ context: CommandContext) async throws -> SessionUsers {
        let (cloud, tokens) = try tokens(context)
        let client = try await context.client()
        var users: [User] = []
        for token in tokens { users.append(User(token: token, access: try await client.authenticate(otherToken: token))) }
        return SessionUsers(cloud: cloud, users: users)
    }

    /// The session users and the one a `--user` value names (`user select`, `user delete`).
    static func load(_ context: CommandContext, choosing uuidOrName: String) async throws -> (SessionUsers, User) {
        let session = try await load(context)
        return (session, try await session.user(uuidOrName, client: context.client()))
    }

    /// The current cloud's name and its tokens, in order, without repeats.
    static func tokens(_ context: CommandContext) throws -> (cloud: String, tokens: [String]) {
        guard case .configured(let configured) = try context.connection().target else {
            throw CommandError(
                "The embedded local cloud has one user per token, not a list of session users",
                details: ["To add a cloud with your tokens:", "  kamaki config set cloud.NAME.token \"TOKEN1 TOKEN2\""])
        }
        let option = context.effectiveConfig.value(at: "cloud.\(configured.name).token") ?? configured.token
        var seen = Set<String>()
        let tokens = option.split(separator: " ").map(String.init).filter { seen.insert($0).inserted }
        return (configured.name, tokens)
    }

    /// The user a `--user` value names: a uuid, else a user name (e-mail) the user catalog knows, as kamaki 0.16 reads it.
    func user(_ uuidOrName: String, client: CloudClient) async throws -> User {
        var uuid = uuidOrName
        if !users.contains(where: { $0.id == uuidOrName }) {
            uuid = try await client.userCatalog(names: [uuidOrName]).uuids[uuidOrName] ?? uuidOrName
        }
        guard let user = users.first(where: { $0.id == uuid }) else {
            throw CommandError(
                "No user with uuid or name \(uuidOrName) in the session list of cloud \(cloud)",
                details: ["To see the session users:", "  kamaki user list", "To add one:", "  kamaki user add --token=NEW_TOKEN"])
        }
        return user
    }

    /// Writes `tokens` as the cloud's token option.
    func save(_ tokens: [String], context: CommandContext) throws {
        try ConfigFile.update(path: context.configFile.path) { try $0.set("cloud.\(cloud).token", tokens.joined(separator: " ")) }
    }
}
