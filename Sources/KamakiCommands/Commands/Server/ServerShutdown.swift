import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server shutdown <server id> [--wait]`
struct ServerShutdown: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "shutdown", abstract: "Shutdown an active virtual server")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var waiting: WaitOptions
    @Argument(help: "The server id or name (default: the session's server).", completion: IDCompletion.server) var serverID: String?

    func execute(in context: CommandContext) async throws {
        try await ServerLifecycle.run(.shutdown, serverID, waiting: waiting, context: context)
    }
}
