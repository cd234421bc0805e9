import ArgumentParser

/// `kamaki image …`: the image service (Plankton).
struct ImageGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image", abstract: "Cyclades/Plankton API image commands", subcommands: [ImageList.self, ImageInfo.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
