import ArgumentParser

/// `kamaki history clean`
struct HistoryClean: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "clean", abstract: "Clean up the history file")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions

    func execute(in context: CommandContext) async throws {
        try context.environment.historyFile(config: context.effectiveConfig).clean()
    }
}
