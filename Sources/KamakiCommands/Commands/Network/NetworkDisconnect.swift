import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki network disconnect <network id> --device-id=141 [--wait]`: deletes the device's ports on the network.
struct NetworkDisconnect: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "disconnect", abstract: "Disconnect a network from a device",
        discussion: "A shortcut for port delete: deletes every port of each --device-id on the network.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var waiting: WaitOptions
    /// Accepted (and checked) as kamaki 0.16 accepts it; the command prints no resource.
    @OptionGroup(visibility: .hidden) var format: FormatOptions
    @Argument(help: "The network id or name (default: the session's network).", completion: IDCompletion.network) var networkID: String?
    @Option(
        name: .customLong("device-id"), help: "Disconnect this device (server id or name); repeatable.", completion: IDCompletion.server)
    var deviceIDs: [String] = []

    func execute(in context: CommandContext) async throws {
        let network = try await context.networkID(networkID)
        let devices =
            if deviceIDs.isEmpty { [try await context.serverID(nil, flag: "--device-id")] } else {
                try await context.resolvedIDs(deviceIDs, .server)
            }
        let client = try await context.client()
        let ports = try await client.listPorts()
        context.ids?.replace(.port, with: ports.map(IDEntry.init))
        for device in devices {
            let matching = ports.filter { $0.networkID == network && $0.deviceID == device }
            guard !matching.isEmpty else {
                throw CommandError(
                    "Device \(device) has no network \(network) attached",
                    details: ["To see the server's ports:", "  kamaki port list -l"])
            }
            for port in matching {
                context.output.note("Deleting port \(TerminalText.escaped(port.id)) (net-id: \(network), device-id: \(device)):")
                try await PortOperations.delete(port.id, client: client, context: context, waiting: waiting)
            }
        }
    }
}
