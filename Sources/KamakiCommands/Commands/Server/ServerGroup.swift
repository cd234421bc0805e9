import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server …`
struct ServerGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server", abstract: "Cyclades/Compute API server commands",
        subcommands: [
            ServerList.self, ServerInfo.self, ServerCreate.self, ServerDelete.self, ServerStart.self, ServerShutdown.self,
            ServerReboot.self,
            ServerModify.self, ServerConsole.self, ServerWait.self,
        ])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
