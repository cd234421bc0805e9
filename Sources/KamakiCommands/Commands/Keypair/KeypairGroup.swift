import ArgumentParser

/// `kamaki keypair …`
struct KeypairGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keypair", abstract: "Cyclades/Compute API keypair commands",
        subcommands: [KeypairList.self, KeypairInfo.self, KeypairUpload.self, KeypairGenerate.self, KeypairDelete.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
