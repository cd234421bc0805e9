import ArgumentParser

/// `kamaki config …` (no network access)
struct ConfigGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Kamaki configurations",
        subcommands: [ConfigList.self, ConfigGet.self, ConfigSet.self, ConfigDelete.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}

/// `kamaki config list`
struct ConfigList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List all configuration options")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions

    func execute(in context: CommandContext) async throws {
        let config = context.effectiveConfig
        var text = ""
        for name in config.cloudNames {
            for entry in config.cloud(name) ?? [] { text += "cloud.\(name).\(entry.key) \(entry.value)\n" }
            text += "\n"
        }
        // The global options with the defaults kamaki uses for those not set, sorted, as kamaki lists them.
        var globals = Dictionary(config.sections.filter { $0.header == "global" }.flatMap(\.entries), uniquingKeysWith: { $1 })
        for (key, value) in Self.defaults(home: context.environment.homeDirectory) where globals[key] == nil { globals[key] = value }
        for key in globals.keys.sorted() { text += "global.\(key) \(globals[key] ?? "")\n" }
        for section in config.sections where section.header != "global" && !section.header.hasPrefix("cloud \"") {
            for entry in section.entries { text += "\(section.header).\(entry.key) \(entry.value)\n" }
        }
        context.output.write(text, to: .standard)
    }

    /// The global options kamaki honours, at their defaults.
    static func defaults(home: String) -> [String: String] {
        ["history_file": HistoryFile.path(config: ConfigFile(path: ""), home: home), "history_limit": "0", "ignore_ssl": "off"]
    }
}

/// `kamaki config get OPTION`
struct ConfigGet: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "get", abstract: "Show a configuration option",
        discussion: "OPTION is key (global.key), section.key, cloud, cloud.NAME or cloud.NAME.key.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The option.") var option: String

    func execute(in context: CommandContext) async throws {
        let config = context.configFile
        if option == "cloud" || (option.hasPrefix("cloud.") && config.cloud(String(option.dropFirst(6))) != nil) {
            let names = option == "cloud" ? config.cloudNames : [String(option.dropFirst(6))]
            var text = ""
            for name in names {
                for entry in config.cloud(name) ?? [] { text += "cloud.\(name).\(entry.key) = \(entry.value)\n" }
            }
            guard !text.isEmpty else { throw CommandError("\(option) not found") }
            return context.output.write(text, to: .standard)
        }
        guard let value = config.value(at: option) else {
            throw CommandError("\(option) not found", details: ["To list all options:", "  kamaki config list"])
        }
        context.output.line(value)
    }
}

/// `kamaki config set OPTION VALUE`
struct ConfigSet: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Set a configuration option")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The option: key, section.key or cloud.NAME.key.") var option: String
    @Argument(help: "The value.") var value: String

    func execute(in context: CommandContext) async throws {
        if option.hasPrefix("cloud."), !option.dropFirst(6).contains(".") {
            throw CommandError.usage("Invalid syntax for cloud definition", details: ["Use: kamaki config set cloud.NAME.KEY VALUE"])
        }
        try ConfigFile.update(path: context.configFile.path) { try $0.set(option, value) }
    }
}

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
