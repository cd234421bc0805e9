import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki ip …` (floating IPs)
struct IPGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ip", abstract: "Networking API floatingip commands",
        subcommands: [IPList.self, IPInfo.self, IPCreate.self, IPDelete.self, IPAttach.self, IPDetach.self, IPReassign.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
