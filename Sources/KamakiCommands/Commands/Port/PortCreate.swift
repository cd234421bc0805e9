import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki port create --network-id=N --device-id=S [--ip-address=A] [--wait]`
struct PortCreate: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a new port (== connect server to network)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var waiting: WaitOptions
    @Option(name: .customLong("network-id"), help: "The network (default: the session's network).", completion: IDCompletion.network) var networkID: String?
    @Option(name: .customLong("device-id"), help: "The server (default: the session's server).", completion: IDCompletion.server) var deviceID: String?
    @Option(name: .customLong("name"), help: "A name for the port.") var name: String?
    @Option(name: [.customShort("g"), .customLong("security-group")], help: "A security group id; repeatable.") var securityGroups: [String] = []
    @Option(name: .customLong("subnet-id"), help: "The subnet of the port's address.", completion: IDCompletion.subnet) var subnetID: String?
    @Option(name: .customLong("ip-address"), help: "The port's address (a floating IP on a public network).") var ipAddress: String?

    func execute(in context: CommandContext) async throws {
        let network = try context.networkID(networkID, what: "--network-id")
        let device = try context.serverID(deviceID, flag: "--device-id")
        let client = try await context.client()
        let request = PortCreateRequest(
            networkID: network, deviceID: device, name: name, securityGroups: securityGroups, ipAddress: ipAddress, subnetID: subnetID)
        var port = try await Self.create(request, client: client, context: context)
        if waiting.wait {
            port = try await Self.settled(port, waiting: waiting, client: client, context: context) { Self.show([$0], format, context) }
        }
        context.ids?.upsert(.port, IDEntry(port))
        Self.show([port], format, context)
    }

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
}
