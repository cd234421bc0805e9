import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server modify <server id> [--name N] [--metadata-set K=V]… [--metadata-del K]…`
struct ServerModify: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "modify", abstract: "Modify attributes of a virtual server")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The server id or name (default: the session's server).", completion: IDCompletion.server) var serverID: String?
    @Option(name: .customLong("name"), help: "The new name.") var name: String?
    @Option(name: .customLong("metadata-set"), help: ArgumentHelp("Set metadata; repeatable.", valueName: "KEY=VALUE"))
    var metadataSet: [String] = []
    @Option(name: .customLong("metadata-del"), help: ArgumentHelp("Delete metadata by key; repeatable.", valueName: "KEY"))
    var metadataDelete: [String] = []

    func validate() throws {
        guard name != nil || !metadataSet.isEmpty || !metadataDelete.isEmpty else {
            throw ValidationError("Nothing to modify: give at least one of --name, --metadata-set, --metadata-del")
        }
        if let pair = metadataSet.first(where: { !$0.contains("=") }) { throw ValidationError("Invalid metadata \(pair): use KEY=VALUE") }
        if let name {
            if name.isEmpty { throw ValidationError("The server name cannot be empty") }
            if name.count > ServerCreate.maximumNameLength {
                throw ValidationError("Server name is too long: \(name.count) characters, at most \(ServerCreate.maximumNameLength)")
            }
        }
    }

    func execute(in context: CommandContext) async throws {
        let id = try await context.serverID(serverID, flag: "server id")
        let client = try await context.client()
        if let name {
            try await ServerLifecycle.lookup(id) { try await client.renameServer(id, name: name) }
        }
        if !metadataSet.isEmpty {
            let pairs = metadataSet.map { ServerList.split($0) }.map { (key: $0.0, value: $0.1) }
            try await ServerLifecycle.lookup(id) { try await client.updateServerMetadata(id, pairs) }
        }
        for key in metadataDelete {
            do {
                try await client.deleteServerMetadata(id, key: key)
            } catch let error as ClientError where error.status == 404 {
                _ = try await ResourceLookup.server(id, client: client)
                throw CommandError(
                    "(404) No metadata key \(key) on server \(id)",
                    details: [
                        "To see the server's metadata:", "  kamaki server info \(id)", ErrorPresenter.rawLine(error) ?? error.description,
                    ])
            }
        }
        if name != nil, let server = try? await client.server(id) { context.ids?.upsert(.server, IDEntry(server)) }
    }
}
