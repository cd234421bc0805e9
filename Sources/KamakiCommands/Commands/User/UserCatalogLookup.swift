import ArgumentParser
import KamakiAPI
import KamakiClient

/// `user uuid2name` and `user name2uuid`: the account service's user catalog, one way or the other. They print
/// `asked: answer` for each one found, in the order asked, and the ones not found on stderr, as kamaki 0.16
/// does (exit 0: a lookup that finds nothing is not a failure there).
protocol UserCatalogLookup: KamakiCommand {
    var format: FormatOptions { get }
    /// What the line asks about: uuids, or names.
    var asked: [String] { get }
    /// Whether `asked` are names (else uuids).
    static var asksNames: Bool { get }
}

extension UserCatalogLookup {
    func validate() throws {
        if asked.isEmpty { throw ValidationError("Missing expected argument: at least one \(Self.asksNames ? "user name" : "uuid")") }
    }

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let catalog = Self.asksNames ? try await client.userCatalog(names: asked) : try await client.userCatalog(uuids: asked)
        let found = Self.asksNames ? catalog.uuids : catalog.names
        var shown = JSONObject()
        for key in asked { if let value = found[key] { shown[key] = .string(value) } }
        if format.json { context.render.json(.object(shown)) } else { context.render.dict(shown) }
        let missing = asked.filter { found[$0] == nil }
        if !missing.isEmpty {
            context.output.note(
                "Unresolved \(Self.asksNames ? "usernames" : "uuids"): \(missing.map(TerminalText.escaped).joined(separator: ", "))")
        }
    }
}
