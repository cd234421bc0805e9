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
    @Option(name: .customLong("server-id"), help: "The server (default: the session's server).", completion: IDCompletion.server)
    var serverID: String?
    @Option(name: .customLong("name"), help: "A name for the port.") var name: String?
    @Option(name: [.customShort("g"), .customLong("security-group")], help: "A security group id; repeatable.") var securityGroups:
        [String] = []
    @Option(name: .customLong("subnet-id"), help: "The subnet of the address.", completion: IDCompletion.subnet) var subnetID: String?

    func execute(in context: CommandContext) async throws {
        let server = try await context.serverID(serverID)
        let client = try await context.client()
        let floating: FloatingIP
        do {
            floating = try await ResourceLookup.floatingIP(ip, client: client, context: context)
        } catch is FloatingIPNotFound {
            throw CommandError("\(ip) does not match any reserved IPs or IP ids", details: FloatingIPNotFound.hints)
        }
        if try await client.associatesFloatingIPs() {
            return try await associate(floating, server: server, client: client, context: context)
        }
        context.output.note("Creating a port to attach IP \(ip) to server \(server)")
        let request = PortCreateRequest(
            networkID: floating.networkID, deviceID: server, name: name, securityGroups: securityGroups,
            ipAddress: floating.address, subnetID: subnetID)
        var port = try await PortOperations.create(request, client: client, context: context)
        // Completion shows the IP attached at once (`ip attach <Tab>` offers free ones, `ip detach <Tab>` attached ones).
        context.ids?.upsert(.floatingIP, IDEntry(floating, instance: server))
        if waiting.wait {
            port = try await PortOperations.settled(port, waiting: waiting, client: client, context: context) {
                PortOperations.show([$0], format, context)
            }
        }
        PortOperations.show([port], format, context)
    }

    /// OpenStack: the IP is associated with the server's port on a routed network; no port is made, so the
    /// options that describe a new port mean nothing there.
    private func associate(_ floating: FloatingIP, server: String, client: CloudClient, context: CommandContext) async throws {
        guard name == nil, securityGroups.isEmpty, subnetID == nil else {
            throw CommandError.usage(
                "--name, --security-group and --subnet-id describe a new port; on this OpenStack cloud the IP is associated with a port the server has",
                details: ["To attach it:", "  kamaki ip attach \(ip) --server-id=\(server)"])
        }
        // Neutron moves an associated IP to the new port without a word; as on Synnefo (a port with a
        // used address is a 409), a used IP is refused, so a mistyped IP is never taken from its server.
        if let port = floating.portID {
            throw CommandError(
                "(409) IP address '\(floating.address)' is already in use",
                details: [
                    "It is attached to \(floating.instanceID.map { "server \($0)" } ?? "port \(port)").", "To move it, detach it first:",
                    "  kamaki ip detach \(ip) --wait", "  kamaki ip attach \(ip) --server-id=\(server)",
                ])
        }
        context.output.note("Associating IP \(ip) with server \(server)")
        let associated: FloatingIP
        do {
            associated = try await client.associateFloatingIP(floating, server: server)
        } catch let error as ClientError where error.fault?.name == "ExternalGatewayForFloatingIPNotFound" {
            throw CommandError(
                "(404) No router connects server \(server) to the network of IP \(floating.address)",
                details: ErrorPresenter.sentences(error.message) + [
                    "A router with a gateway on network \(floating.networkID) and an interface on the server's subnet is needed",
                    "(e.g. openstack router add subnet ROUTER SUBNET), or attach the IP to a server on a routed network",
                ])
        }
        context.ids?.upsert(.floatingIP, IDEntry(associated, instance: server))
        context.show(associated, format)
    }
}
