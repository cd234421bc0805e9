import ArgumentParser
import Foundation
import KamakiAPI
import KamakiClient

/// `kamaki subnet create --network-id=N --cidr=C`
struct SubnetCreate: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a new subnet")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("network-id"), help: "The network (default: the session's network).", completion: IDCompletion.network)
    var networkID: String?
    @Option(name: .customLong("cidr"), help: "The subnet's CIDR, e.g. 10.0.3.0/24.") var cidr: String
    @Option(name: .customLong("name"), help: "A name.") var name: String?
    @Option(name: .customLong("alloc-pool"), help: "START,END of an allocation pool; repeatable.") var allocPools: [String] = []
    @Option(name: .customLong("gateway"), help: "The gateway address.") var gateway: String?
    @Flag(name: .customLong("no-gateway"), help: "No gateway.") var noGateway = false
    @Option(name: .customLong("id"), help: "The subnet id to ask for.") var subnetID: String?
    @Flag(name: .customLong("ipv6"), help: "An IPv6 subnet.") var ipv6 = false
    @Flag(name: .customLong("with-dhcp"), help: "Enable DHCP.") var withDHCP = false

    func validate() throws {
        if gateway != nil && noGateway { throw ValidationError("Conflicting arguments: --gateway and --no-gateway") }
        for pool in allocPools where pool.split(separator: ",").count != 2 {
            throw ValidationError("Invalid allocation pool argument \(pool): use START,END")
        }
    }

    func execute(in context: CommandContext) async throws {
        let network = try await context.networkID(networkID, what: "--network-id")
        let client = try await context.client()
        let pools = allocPools.map { pool in
            let parts = pool.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            return SubnetCreateRequest.AllocationPool(start: parts[0], end: parts[1])
        }
        let request = SubnetCreateRequest(
            networkID: network, cidr: cidr, name: name, allocationPools: pools,
            gateway: noGateway ? .none : gateway.map(SubnetCreateRequest.Gateway.address) ?? .automatic,
            ipVersion: ipv6 ? 6 : 4, subnetID: subnetID, enableDHCP: withDHCP ? true : nil)
        let subnet = try await client.createSubnet(request)
        context.show(subnet, format)
    }
}
