import ArgumentParser

/// `kamaki network …`
struct NetworkGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network", abstract: "Networking API network commands",
        subcommands: [
            NetworkList.self, NetworkInfo.self, NetworkCreate.self, NetworkModify.self, NetworkDelete.self,
            NetworkConnect.self, NetworkDisconnect.self, NetworkReassign.self,
        ])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
