import ArgumentParser

/// `kamaki history …`
struct HistoryGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Kamaki command history", subcommands: [HistoryShow.self, HistoryClean.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
