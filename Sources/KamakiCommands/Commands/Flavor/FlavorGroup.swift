import ArgumentParser

/// `kamaki flavor …`
struct FlavorGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flavor", abstract: "Cyclades/Compute API flavor commands", subcommands: [FlavorList.self, FlavorInfo.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
