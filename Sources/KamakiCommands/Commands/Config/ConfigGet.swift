import ArgumentParser

/// `kamaki config get OPTION`
struct ConfigGet: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "get", abstract: "Show a configuration option",
        discussion: """
            OPTION is key (global.key), section.key, cloud, cloud.NAME or cloud.NAME.key. A global option the file does \
            not set shows the value kamaki uses for it (as config list does); an empty value prints nothing.
            """)
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The option.", completion: ConfigCompletion.keys(verb: "get")) var option: String

    func execute(in context: CommandContext) async throws {
        let config = context.configFile
        if option == "cloud" || (option.hasPrefix("cloud.") && config.cloud(String(option.dropFirst(6))) != nil) {
            let names = option == "cloud" ? config.cloudNames : [String(option.dropFirst(6))]
            var text = ""
            for name in names {
                for entry in config.cloud(name) ?? [] {
                    text += "cloud.\(name).\(entry.key) = \(ConfigDefaults.shown(cloudKey: entry.key, entry.value))\n"
                }
            }
            guard !text.isEmpty else { throw CommandError("\(option) not found") }
            return context.output.write(text, to: .standard)
        }
        guard let value = config.value(at: option) ?? ConfigDefaults.value(at: option, home: context.environment.homeDirectory) else {
            throw CommandError("\(option) not found", details: ["To list all options:", "  kamaki config list"])
        }
        let key = ConfigFile.split(option).key ?? ""
        let shown = option.hasPrefix("cloud.") ? ConfigDefaults.shown(cloudKey: key, value) : value
        if !shown.isEmpty { context.output.line(shown) }
    }
}
