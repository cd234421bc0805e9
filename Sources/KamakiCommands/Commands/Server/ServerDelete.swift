import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server delete <server id> [--wait]`, or `kamaki server delete --cluster PREFIX [--wait]`:
/// every server whose name starts with PREFIX (case-sensitive, as kamaki 0.16).
struct ServerDelete: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a virtual server")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var waiting: WaitOptions
    @Argument(
        help: ArgumentHelp("The server id (with --cluster: the name prefix).", valueName: "server-id"), completion: IDCompletion.server)
    var server: String?
    @Flag(
        name: .customLong("cluster"),
        help: "(DANGEROUS) Delete all servers whose names start with the prefix given: kamaki server delete --cluster PREFIX")
    var cluster = false

    func validate() throws {
        if cluster, server?.isEmpty ?? true { throw ValidationError("Missing the cluster prefix: kamaki server delete --cluster PREFIX") }
    }

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        guard cluster, let prefix = server else {
            let id = try await context.serverID(server, flag: "server id")
            try await ServerLifecycle.delete([id], client: client, context: context)
            if waiting.wait {
                try await ServerWaits.wait([id], until: .deleted, client: client, context: context, noProgressBar: waiting.noProgressBar)
            }
            return
        }
        let ids = try await client.listServers().filter { $0.name.hasPrefix(prefix) }.map(\.id)
        try await ServerLifecycle.delete(ids, client: client, context: context)
        context.output.note("\(ids.count) virtual server\(ids.count == 1 ? "" : "s") deleted")
        if waiting.wait {
            try await ServerWaits.wait(ids, until: .deleted, client: client, context: context, noProgressBar: waiting.noProgressBar)
        }
    }
}
