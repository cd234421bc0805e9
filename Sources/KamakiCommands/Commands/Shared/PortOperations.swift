import KamakiAPI
import KamakiClient

/// The port work that `port create`/`delete`, `network connect`/`disconnect` and `ip attach`/`detach`
/// share: one operation each, so no command calls another command's code.
enum PortOperations {
    /// Waits for a new port when `--wait` asks; if the wait fails, `shown` still prints the port
    /// (it exists: its id must not be lost) before the error.
    static func settled(
        _ port: Port, waiting: WaitOptions, client: CloudClient, context: CommandContext, shown: (Port) -> Void
    ) async throws -> Port {
        do {
            return try await WaitDisplay(context: context, noProgressBar: waiting.noProgressBar).created(client, port)
        } catch {
            shown(port)
            throw error
        }
    }

    /// New ports on stdout: JSON, or each as a list item with its fields.
    static func show(_ ports: [Port], _ format: FormatOptions, _ context: CommandContext) {
        if format.json { return context.render.json(.array(ports.map(\.json))) }
        for port in ports { print(port, context: context) }
    }

    /// Creates a port, keeping the completion cache current.
    static func create(_ request: PortCreateRequest, client: CloudClient, context: CommandContext) async throws -> Port {
        let port: Port
        do {
            port = try await client.createPort(request)
        } catch {
            throw await ResourceErrors.probed(error, client: client, network: request.networkID, server: request.deviceID)
        }
        context.ids?.upsert(.port, IDEntry(port))
        return port
    }

    /// A port in list form: `<id> <name>` then its fields indented by 4.
    static func print(_ port: Port, context: CommandContext) {
        context.render.list([port.raw], details: true, order: FieldOrder.port, nestedOrders: ["fixed_ips": FieldOrder.fixedIP])
    }

    /// Deletes a port; with `--wait`, waits until it is gone.
    static func delete(_ id: String, client: CloudClient, context: CommandContext, waiting: WaitOptions) async throws {
        try await ResourceErrors.lookup(kind: .port, id: id) {
            try await client.deletePort(id)
        }
        if waiting.wait {
            try await WaitDisplay(context: context, noProgressBar: waiting.noProgressBar).portDeletion(client, id: id)
        }
        context.ids?.remove(.port, id: id)
    }
}
