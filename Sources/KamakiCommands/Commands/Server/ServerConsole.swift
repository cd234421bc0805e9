import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server console <server id> [--type vnc|vnc-ws|vnc-wss|no-vnc|no-vnc-encrypted]`
struct ServerConsole: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "console", abstract: "Create a VNC console and show connection information")
    /// kamaki 0.16's console types, and its aliases of two of them.
    static let types = ["vnc", "vnc-ws", "vnc-wss"]
    static let aliases = ["no-vnc": "vnc-ws", "no-vnc-encrypted": "vnc-wss"]

    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The server id or name (default: the session's server).", completion: IDCompletion.server) var serverID: String?
    @Option(
        name: .customLong("type"), help: "vnc (default), vnc-ws (aka no-vnc), vnc-wss (aka no-vnc-encrypted).",
        completion: .list(types + aliases.keys.sorted()))
    var type: String?

    func validate() throws {
        if let type, Self.type(type) == nil {
            throw ValidationError("Invalid console type \(type): use vnc, vnc-ws (aka no-vnc) or vnc-wss (aka no-vnc-encrypted)")
        }
    }

    static func type(_ text: String) -> String? {
        let lowered = text.lowercased()
        let type = aliases[lowered] ?? lowered
        return types.contains(type) ? type : nil
    }

    func execute(in context: CommandContext) async throws {
        let id = try await context.serverID(serverID, flag: "server id")
        let client = try await context.client()
        var console = JSONObject()
        try await ServerLifecycle.lookup(id) {
            console = try await client.serverConsole(id, type: type.flatMap(Self.type) ?? "vnc")
        }
        context.output.note("The following credentials will be invalidated shortly")
        if format.json { return context.render.json(.object(console)) }
        context.render.dict(console, order: ["type", "host", "port", "password"])
    }
}
