import ArgumentParser

/// `kamaki config delete OPTION`
struct ConfigDelete: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a configuration option")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The option: key, cloud.NAME or cloud.NAME.key.") var option: String

    func execute(in context: CommandContext) async throws {
        try ConfigFile.update(path: context.configFile.path) { config in
            guard config.delete(option) else { throw CommandError("\(option) not found") }
        }
    }
}
