import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki port create --network-id=N --device-id=S [--ip-address=A] [--wait]`
struct PortCreate: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a new port (== connect server to network)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var waiting: WaitOptions
    @Option(name: .customLong("network-id"), help: "The network (default: the session's network).", completion: IDCompletion.network)
    var networkID: String?
    @Option(name: .customLong("device-id"), help: "The server (default: the session's server).", completion: IDCompletion.server)
    var deviceID: String?
    @Option(name: .customLong("name"), help: "A name for the port.") var name: String?
    @Option(name: [.customShort("g"), .customLong("security-group")], help: "A security group id; repeatable.") var securityGroups:
        [String] = []
    @Option(name: .customLong("subnet-id"), help: "The subnet of the port's address.", completion: IDCompletion.subnet) var subnetID:
        String?
    @Option(name: .customLong("ip-address"), help: "The port's address (a floating IP on a public network).") var ipAddress: String?

    func execute(in context: CommandContext) async throws {
        let network = try await context.networkID(networkID, what: "--network-id")
        let device = try await context.serverID(deviceID, flag: "--device-id")
        let client = try await context.client()
        let request = PortCreateRequest(
            networkID: network, deviceID: device, name: name, securityGroups: securityGroups, ipAddress: ipAddress, subnetID: subnetID)
        var port = try await PortOperations.create(request, client: client, context: context)
        if waiting.wait {
            port = try await PortOperations.settled(port, waiting: waiting, client: client, context: context) {
                PortOperations.show([$0], format, context)
            }
        }
        context.ids?.upsert(.port, IDEntry(port))
        PortOperations.show([port], format, context)
    }
}
