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
