import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip detach <ip or ip id> [--wait]`: deletes the IP's port.
struct IPDetach: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "detach", abstract: "Detach an IP from a virtual server",
        discussion: "A shortcut for port delete of the IP's port.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var waiting: WaitOptions
    /// Accepted (and checked) as kamaki 0.16 accepts it; the command prints no resource.
    @OptionGroup(visibility: .hidden) var format: FormatOptions
    @Argument(help: "The floating IP, by address or id.", completion: IDCompletion.floatingIP) var ip: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let floating: FloatingIP
        do {
            floating = try await ResourceLookup.floatingIP(ip, client: client, context: context)
        } catch is FloatingIPNotFound {
            throw CommandError("IP or IP id \(ip) not found", details: FloatingIPNotFound.hints)
        }
        guard let port = floating.portID else {
            throw CommandError("IP \(ip) is not attached", details: ["To attach it:", "  kamaki ip attach \(ip) --server-id=SERVER_ID"])
        }
        if try await client.associatesFloatingIPs() {
            // OpenStack: the association is dropped; the server keeps its port.
            context.output.note("Detaching IP \(ip) from port \(TerminalText.escaped(port))")
            let detached = try await client.disassociateFloatingIP(floating.id)
            context.ids?.upsert(.floatingIP, IDEntry(detached, instance: nil))
            return
        }
        context.output.note("Deleting port \(TerminalText.escaped(port)):")
        try await PortOperations.delete(port, client: client, context: context, waiting: waiting)
        context.ids?.upsert(.floatingIP, IDEntry(floating, instance: nil))
    }
}
