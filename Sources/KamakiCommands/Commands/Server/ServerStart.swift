import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server start <server id> [--wait]`
struct ServerStart: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Start an existing virtual server")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var waiting: WaitOptions
    @Argument(help: "The server id or name (default: the session's server).", completion: IDCompletion.server) var serverID: String?

    func execute(in context: CommandContext) async throws {
        try await ServerLifecycle.run(.start, serverID, waiting: waiting, context: context)
    }
}
