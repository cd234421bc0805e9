import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip attach <ip or ip id> --server-id=S [--wait]`: a port on the IP's network with that address.
struct IPAttach: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: "Attach an IP on a virtual server",
        discussion: "A shortcut for port create with the IP's network and address.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var waiting: WaitOptions
    @Argument(help: "The floating IP, by address or id.", completion: IDCompletion.floatingIP) var ip: String
    @Option(name: .customLong("server-id"), help: "The server (default: the session's server).", completion: IDCompletion.server) var serverID: String?
    @Option(name: .customLong("name"), help: "A name for the port.") var name: String?
    @Option(name: [.customShort("g"), .customLong("security-group")], help: "A security group id; repeatable.") var securityGroups: [String] = []
    @Option(name: .customLong("subnet-id"), help: "The subnet of the address.", completion: IDCompletion.subnet) var subnetID: String?

    func execute(in context: CommandContext) async throws {
        let server = try context.serverID(serverID)
        let client = try await context.client()
        let floating = try await Self.find(ip, client: client, context: context)
        context.output.note("Creating a port to attach IP \(ip) to server \(server)")
        let request = PortCreateRequest(
            networkID: floating.networkID, deviceID: server, name: name, securityGroups: securityGroups,
            ipAddress: floating.address, subnetID: subnetID)
        var port = try await PortCreate.create(request, client: client, context: context)
        if waiting.wait {
            port = try await PortCreate.settled(port, waiting: waiting, client: client, context: context) {
                PortCreate.show([$0], format, context)
            }
        }
        PortCreate.show([port], format, context)
    }

    /// The floating IP whose address or id is `text`.
    static func find(_ text: String, client: CloudClient, context: CommandContext) async throws -> FloatingIP {
        let ips = try await client.listFloatingIPs()
        context.ids?.replace(.floatingIP, with: ips.map(IDEntry.init))
        guard let match = ips.first(where: { $0.id == text || $0.address == text }) else {
            throw CommandError(
                "\(text) does not match any reserved IPs or IP ids",
                details: ["To list available IPs:", "  kamaki ip list", "To reserve a new IP:", "  kamaki ip create"])
        }
        return match
    }
}

/// `kamaki ip detach <ip or ip id> [--wait]`: deletes the IP's port.
struct IPDetach: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "detach", abstract: "Detach an IP from a virtual server",
        discussion: "A shortcut for port delete of the IP's port.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var waiting: WaitOptions
    @Argument(help: "The floating IP, by address or id.", completion: IDCompletion.floatingIP) var ip: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let floating: FloatingIP
        do {
            floating = try await IPAttach.find(ip, client: client, context: context)
        } catch let error as CommandError where error.message.hasSuffix("IP ids") {
            throw CommandError("IP or IP id \(ip) not found", details: error.details)
        }
        guard let port = floating.portID else {
            throw CommandError("IP \(ip) is not attached", details: ["To attach it:", "  kamaki ip attach \(ip) --server-id=SERVER_ID"])
        }
        context.output.note("Deleting port \(TerminalText.escaped(port)):")
        try await PortDelete.delete(port, client: client, context: context, waiting: waiting)
    }
}
