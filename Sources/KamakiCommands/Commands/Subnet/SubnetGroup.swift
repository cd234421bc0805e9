import Foundation
import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki subnet …`
struct SubnetGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subnet", abstract: "Networking API subnet commands",
        subcommands: [SubnetList.self, SubnetInfo.self, SubnetCreate.self, SubnetModify.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}

/// `kamaki subnet list`
struct SubnetList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List subnets")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let all = try await client.listSubnets()
        context.ids?.replace(.subnet, with: all.map(IDEntry.init))
        let subnets = filters.filter(all)
        if format.json { return context.render.json(.array(subnets.map(\.json))) }
        context.render.list(
            subnets.map(\.raw), details: details, order: FieldOrder.subnet,
            suffix: details ? nil : { "( of network \($0["network_id"]?.idString ?? "?") )" })
    }
}

/// `kamaki subnet info <subnet id>`
struct SubnetInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get details about a subnet")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The subnet id.", completion: IDCompletion.subnet) var subnetID: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let subnet = try await ResourceErrors.lookup(kind: .subnet, id: subnetID) {
            try await client.subnet(subnetID)
        }
        context.show(subnet, format)
    }
}

/// `kamaki subnet create --network-id=N --cidr=C`
struct SubnetCreate: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a new subnet")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("network-id"), help: "The network (default: the session's network).", completion: IDCompletion.network) var networkID: String?
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
        let network = try context.networkID(networkID, what: "--network-id")
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

/// `kamaki subnet modify <subnet id> --name NEW`
struct SubnetModify: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "modify", abstract: "Modify the attributes of a subnet")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The subnet id.", completion: IDCompletion.subnet) var subnetID: String
    @Option(name: .customLong("name"), help: "The new name.") var name: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let subnet = try await ResourceErrors.lookup(kind: .subnet, id: subnetID) {
            try await client.renameSubnet(subnetID, name: name)
        }
        context.show(subnet, format)
    }
}
