import ArgumentParser
import KamakiClient

/// `kamaki network delete <network id>`
struct NetworkDelete: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a network")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The network id (default: the session's network).", completion: IDCompletion.network) var networkID: String?

    func execute(in context: CommandContext) async throws {
        let id = try context.networkID(networkID)
        let client = try await context.client()
        do {
            try await client.deleteNetwork(id)
        } catch {
            throw Self.translate(error, id: id, action: "deleted")
        }
        context.ids?.remove(.network, id: id)
        if context.session?.network == id { context.session?.network = nil }
    }

    /// kamaki's messages for a network that is in use (409) or not the user's to change (403).
    static func translate(_ error: any Error, id: String, action: String) -> any Error {
        guard let client = error as? ClientError, case .http(let status, let reason, let fault, let body) = client.kind else {
            return error
        }
        let raw = ErrorPresenter.rawLine(status: status, reason: reason, fault: fault, body: body)
        switch status {
        case 409:
            return CommandError(
                "(409) Network with id \(id) is in use",
                details: [raw, "To list all network ports:", "  kamaki port list", "To disconnect servers:", "  kamaki network disconnect \(id) --device-id=SERVER_ID --wait"])
        case 403 where action == "deleted":
            // The tutorial's wording (POLICY.md): the raw line below says why.
            return CommandError("(403) Network with id \(id) is in use", details: [raw, "To see the network:", "  kamaki network info \(id)"])
        case 403:
            return CommandError("(403) Network with id \(id) cannot be \(action)", details: [raw, "To see the network:", "  kamaki network info \(id)"])
        default:
            return ResourceErrors.notFound(error, kind: .network, id: id)
        }
    }
}
