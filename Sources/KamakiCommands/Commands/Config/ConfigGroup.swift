import ArgumentParser

/// `kamaki config …` (no network access)
struct ConfigGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Kamaki configurations",
        subcommands: [ConfigList.self, ConfigGet.self, ConfigSet.self, ConfigDelete.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
