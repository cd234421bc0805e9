import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server reboot <server id> [--hard | --type SOFT|HARD] [--wait]`
struct ServerReboot: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "reboot", abstract: "Reboot a virtual server")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var waiting: WaitOptions
    @Argument(help: "The server id or name (default: the session's server).", completion: IDCompletion.server) var serverID: String?
    @Flag(name: .customLong("hard"), help: "Hard reboot (the same as --type HARD).") var hard = false
    @Option(name: .customLong("type"), help: "SOFT (default) or HARD.", completion: .list(["SOFT", "HARD"])) var type: String?

    func validate() throws {
        if let type, !["SOFT", "HARD"].contains(type.uppercased()) {
            throw ValidationError("Invalid reboot type \(type): --type values are either SOFT (default) or HARD")
        }
        if hard, type?.uppercased() == "SOFT" { throw ValidationError("Invalid argument combination: --hard and --type SOFT") }
    }

    func execute(in context: CommandContext) async throws {
        try await ServerLifecycle.run(.reboot(hard: hard || type?.uppercased() == "HARD"), serverID, waiting: waiting, context: context)
    }
}
