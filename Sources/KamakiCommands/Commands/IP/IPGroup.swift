import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip …` (floating IPs)
struct IPGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ip", abstract: "Networking API floatingip commands",
        subcommands: [IPList.self, IPInfo.self, IPCreate.self, IPDelete.self, IPAttach.self, IPDetach.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}

/// `kamaki ip list`
struct IPList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List reserved floating IPs")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let ips = try await client.listFloatingIPs()
        context.ids?.replace(.floatingIP, with: ips.map(IDEntry.init))
        if format.json { return context.render.json(.array(ips.map(\.json))) }
        context.render.list(ips.map(\.raw), title: ["id"], details: true, order: FieldOrder.floatingIP)
    }
}

/// `kamaki ip info <ip id>`
struct IPInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get details on a floating IP")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The floating IP id.", completion: IDCompletion.floatingIP) var ipID: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let ip = try await ResourceErrors.lookup(floatingIP: ipID) { try await client.floatingIP(ipID) }
        context.show(ip, format)
    }
}

/// `kamaki ip create [--network-id=N] [--address=A] [--project-id=P]`
struct IPCreate: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "create", abstract: "Reserve an IP on a network")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("network-id"), help: "The pool network (default: any pool with free addresses).", completion: IDCompletion.network) var networkID: String?
    @Option(name: .customLong("address"), help: "The address to reserve.") var address: String?
    @Option(name: .customLong("project-id"), help: "Charge this project.") var projectID: String?

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let ip: FloatingIP
        do {
            ip = try await client.createFloatingIP(networkID: networkID, address: address, projectID: projectID)
        } catch {
            throw await ResourceErrors.probed(error, client: client, network: networkID, server: nil)
        }
        context.show(ip, format)
    }
}

/// `kamaki ip delete <ip id>`
struct IPDelete: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Unreserve an IP (detach it first)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The floating IP id.", completion: IDCompletion.floatingIP) var ipID: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        try await ResourceErrors.lookup(floatingIP: ipID) { try await client.deleteFloatingIP(ipID) }
        context.ids?.remove(.floatingIP, id: ipID)
    }
}
