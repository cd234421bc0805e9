import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki port wait <port id> [--while S | --until S] [--timeout N]`
struct PortWait: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "wait", abstract: "Wait for a port to finish (default: while BUILD)")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The port id, name or address.", completion: IDCompletion.port) var portID: String
    @OptionGroup var options: StatusWaitOptions<Port>

    func execute(in context: CommandContext) async throws {
        let portID = try await context.resolvedID(self.portID, .port)
        let client = try await context.client()
        let condition = options.condition
        let port = try await ResourceErrors.lookup(kind: .port, id: portID) { try await client.port(portID) }
        if let done = StatusWait.alreadyDone(kind: "Port", id: portID, current: port.status, condition: condition) {
            return context.output.note(done)
        }
        let display = WaitDisplay(context: context, noProgressBar: options.noProgressBar)
        let label = StatusWait.label(kind: "Port", id: portID, condition: condition)
        do {
            let final = try await client.waitForPort(
                portID, condition, timeout: .seconds(options.timeout), progress: display.progress(label))
            display.finish()
            context.output.note("Port \(portID) status: \(TerminalText.escaped(final.status))")
        } catch let error as ClientError {
            display.finish()
            throw WaitDisplay.timeout(
                error, kind: "Port", id: portID,
                command: StatusWait.again("port", id: portID, condition: condition, timeout: options.timeout))
        }
    }
}
