import ArgumentParser

/// `kamaki local …`: the embedded local cloud.
struct LocalGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "local", abstract: "The embedded local cloud (used when no cloud is configured)",
        subcommands: [LocalReset.self, LocalServe.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
