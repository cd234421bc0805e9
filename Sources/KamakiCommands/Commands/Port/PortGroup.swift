import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki port …`
struct PortGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "port", abstract: "Networking API port commands",
        subcommands: [PortList.self, PortInfo.self, PortCreate.self, PortModify.self, PortDelete.self, PortWait.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}

/// `kamaki port list`
struct PortList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List all ports")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false
    @Option(name: .customLong("user-id"), help: "Show only ports of this user.") var userID: String?

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let all = try await client.listPorts()
        context.ids?.replace(.port, with: all.map(IDEntry.init))
        let ports = filters.filter(all).filter { userID == nil || $0.userID == userID }
        if format.json { return context.render.json(.array(ports.map(\.json))) }
        context.render.list(ports.map(\.raw), details: details, order: FieldOrder.port, nestedOrders: ["fixed_ips": FieldOrder.fixedIP])
    }
}

/// `kamaki port info <port id>`
struct PortInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get details about a port")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The port id.", completion: IDCompletion.port) var portID: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let port = try await ResourceErrors.lookup(kind: .port, id: portID) {
            try await client.port(portID)
        }
        context.show(port, format)
    }
}

/// `kamaki port modify <port id> --name NEW`
struct PortModify: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "modify", abstract: "Modify the attributes of a port")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The port id.", completion: IDCompletion.port) var portID: String
    @Option(name: .customLong("name"), help: "The new name.") var name: String

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let port = try await ResourceErrors.lookup(kind: .port, id: portID) {
            try await client.renamePort(portID, name: name)
        }
        context.show(port, format)
    }
}
