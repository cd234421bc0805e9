import ArgumentParser

/// `kamaki imagecompute …`: images as the compute API shows them (kamaki 0.16's second image group).
struct ImageComputeGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imagecompute", abstract: "Cyclades/Compute API image commands",
        subcommands: [ImageComputeList.self, ImageComputeInfo.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
