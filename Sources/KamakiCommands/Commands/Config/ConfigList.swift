import ArgumentParser

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
