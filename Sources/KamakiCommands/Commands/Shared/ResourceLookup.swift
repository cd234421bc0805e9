import KamakiAPI
import KamakiClient

/// Fetching a resource that a command line names, shared by the commands that need one.
enum ResourceLookup {
    /// The server `id`; a missing one is kamaki's `(404) No servers with ID …` block.
    static func server(_ id: String, client: CloudClient) async throws -> Server {
        do {
            return try await client.server(id)
        } catch let error as ClientError where error.status == 404 {
            throw CommandError(
                "(404) No servers with ID \(id)",
                details: ["To list available servers:", "  kamaki server list", ErrorPresenter.rawLine(error) ?? error.description])
        }
    }

    /// The floating IP whose address or id is `text`, from a fresh list (which also refreshes
    /// the cached ids); ``FloatingIPNotFound`` when none is.
    static func floatingIP(_ text: String, client: CloudClient, context: CommandContext) async throws -> FloatingIP {
        let ips = try await client.listFloatingIPs()
        context.ids?.replace(.floatingIP, with: ips.map(IDEntry.init))
        guard let match = ips.first(where: { $0.id == text || $0.address == text }) else { throw FloatingIPNotFound(text: text) }
        return match
    }
}

/// No reserved floating IP has the address or id given; each command words the message.
struct FloatingIPNotFound: Error {
    var text: String

    /// What to do instead.
    static let hints = ["To list available IPs:", "  kamaki ip list", "To reserve a new IP:", "  kamaki ip create"]
}
