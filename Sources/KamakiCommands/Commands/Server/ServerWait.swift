import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server wait <server id> [--while S | --until S] [--timeout N]`
struct ServerWait: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "wait", abstract: "Wait for a server to finish (default: while BUILD)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The server id or name (default: the session's server).", completion: IDCompletion.server) var serverID: String?
    @OptionGroup var options: StatusWaitOptions<Server>

    func execute(in context: CommandContext) async throws {
        let id = try await context.serverID(serverID, flag: "server id")
        let client = try await context.client()
        let condition = options.condition
        let server = try await ResourceLookup.server(id, client: client)
        if let done = StatusWait.alreadyDone(kind: "Server", id: id, current: server.status, condition: condition) {
            return context.output.note(done)
        }
        let display = WaitDisplay(context: context, noProgressBar: options.noProgressBar)
        do {
            let final = try await client.waitForServer(
                id, condition, timeout: .seconds(options.timeout),
                progress: display.progress(StatusWait.label(kind: "Server", id: id, condition: condition)))
            display.finish()
            context.output.note("Server \(id) status: \(TerminalText.escaped(final.status))")
        } catch let error as ClientError {
            display.finish()
            throw WaitDisplay.timeout(
                error, kind: "Server", id: id, command: StatusWait.again("server", id: id, condition: condition, timeout: options.timeout))
        }
    }
}
