import ArgumentParser

/// `kamaki config set OPTION VALUE`
struct ConfigSet: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a configuration option")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The option: key, section.key or cloud.NAME.key.", completion: ConfigCompletion.keys(verb: "set")) var option: String
    @Argument(help: "The value.") var value: String

    func execute(in context: CommandContext) async throws {
        if option.hasPrefix("cloud."), !option.dropFirst(6).contains(".") {
            throw CommandError.usage("Invalid syntax for cloud definition", details: ["Use: kamaki config set cloud.NAME.KEY VALUE"])
        }
        try ConfigFile.update(path: context.configFile.path) { try $0.set(option, value) }
    }
}
