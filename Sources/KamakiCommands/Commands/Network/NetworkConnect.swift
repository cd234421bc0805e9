import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki network connect <network id> --device-id=141 [--device-id=142] [--wait]`: a port per device.
struct NetworkConnect: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect", abstract: "Connect a network with a device (server or router)",
        discussion: "A shortcut for port create: one port per --device-id.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var waiting: WaitOptions
    @Argument(help: "The network id or name (default: the session's network).", completion: IDCompletion.network) var networkID: String?
    @Option(name: .customLong("device-id"), help: "Connect this device (server id or name); repeatable.", completion: IDCompletion.server)
    var deviceIDs: [String] = []
    @Option(name: .customLong("name"), help: "A name for the new port(s).") var name: String?
    @Option(name: [.customShort("g"), .customLong("security-group")], help: "A security group id; repeatable.") var securityGroups:
        [String] = []
    @Option(name: .customLong("subnet-id"), help: "The subnet of the port's address.", completion: IDCompletion.subnet) var subnetID:
        String?
    @Option(name: .customLong("ip-address"), help: "The port's address.") var ipAddress: String?

    func execute(in context: CommandContext) async throws {
        let network = try await context.networkID(networkID)
        let devices =
            if deviceIDs.isEmpty { [try await context.serverID(nil, flag: "--device-id")] } else {
                try await context.resolvedIDs(deviceIDs, .server)
            }
        let client = try await context.client()
        var created: [Port] = []
        for device in devices {
            context.output.note("Creating a port to connect network \(network) with device \(device)")
            let request = PortCreateRequest(
                networkID: network, deviceID: device, name: name, securityGroups: securityGroups, ipAddress: ipAddress, subnetID: subnetID)
            var port = try await PortOperations.create(request, client: client, context: context)
            if waiting.wait {
                port = try await PortOperations.settled(port, waiting: waiting, client: client, context: context) { port in
                    PortOperations.show(format.json ? created + [port] : [port], format, context)
                }
            }
            context.ids?.upsert(.port, IDEntry(port))
            created.append(port)
            if !format.json { PortOperations.print(port, context: context) }
        }
        if format.json { context.render.json(.array(created.map(\.json))) }
    }
}
