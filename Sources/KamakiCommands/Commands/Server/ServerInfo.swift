import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server info <server id>`
struct ServerInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Detailed information on a virtual server")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The server id or name (default: the session's server).", completion: IDCompletion.server) var serverID: String?
    @Flag(name: .customLong("nics"), help: "Show only the network interfaces.") var nics = false
    @Flag(name: .customLong("stats"), help: "Show the server's statistics (links to its graphs).") var stats = false
    @Flag(name: .customLong("diagnostics"), help: "Show the server's diagnostics.") var diagnostics = false

    func validate() throws {
        if [nics, stats, diagnostics].filter({ $0 }).count > 1 {
            throw ValidationError("Invalid argument combination: use only one of --nics, --stats, --diagnostics")
        }
    }

    func execute(in context: CommandContext) async throws {
        let id = try await context.serverID(serverID, flag: "server id")
        let client = try await context.client()
        let server = try await ResourceLookup.server(id, client: client)
        if stats || diagnostics {
            let shown = stats ? try await client.serverStats(id) : try await client.serverDiagnostics(id)
            if format.json { return context.render.json(shown) }
            if let object = shown.objectValue { return context.render.dict(object) }
            return context.render.dict(JSONObject([("diagnostics", shown)]))
        }
        if nics {
            context.ids?.upsert(.server, IDEntry(server))
            // {"addresses": {…}} in text and JSON alike, as kamaki 0.16 prints it.
            let shown = JSONObject([("addresses", server.raw["addresses"] ?? .object(JSONObject()))])
            return format.json ? context.render.json(.object(shown)) : context.render.dict(shown)
        }
        context.show(server, format)
    }
}
