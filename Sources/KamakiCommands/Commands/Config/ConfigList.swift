import ArgumentParser

/// `kamaki config list [--with-description | --describe-option-keys]`
struct ConfigList: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List all configuration options",
        discussion: "Options not set in the file are listed with the values kamaki uses for them.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Flag(name: .customLong("describe-option-keys"), help: "List all option keys kamaki knows, with what each one does.")
    var describeOptions = false
    @Flag(name: .customLong("with-description"), help: "Add a description line above each listed option.") var withDescription = false

    func execute(in context: CommandContext) async throws {
        if describeOptions { return context.output.write(Self.describedKeys(), to: .standard) }
        let config = context.effectiveConfig
        var text = ""
        func add(_ path: String, _ value: String, key: String, cloud: Bool) {
            if withDescription { text += "# \(ConfigDefaults.description(of: key, cloud: cloud) ?? "unknown option")\n" }
            text += "\(path) \(value)\n"
        }
        for name in config.cloudNames {
            for entry in config.cloud(name) ?? [] {
                add("cloud.\(name).\(entry.key)", ConfigDefaults.shown(cloudKey: entry.key, entry.value), key: entry.key, cloud: true)
            }
            text += "\n"
        }
        // The global options with the defaults kamaki uses for those not set, sorted, as kamaki lists them.
        var globals = Dictionary(config.sections.filter { $0.header == "global" }.flatMap(\.entries), uniquingKeysWith: { $1 })
        for (key, value) in ConfigDefaults.globals(home: context.environment.homeDirectory) where globals[key] == nil {
            globals[key] = value
        }
        for key in globals.keys.sorted() { add("global.\(key)", globals[key] ?? "", key: key, cloud: false) }
        for section in config.sections where section.header != "global" && !section.header.hasPrefix("cloud \"") {
            for entry in section.entries { add("\(section.header).\(entry.key)", entry.value, key: "", cloud: false) }
        }
        context.output.write(text, to: .standard)
    }

    /// Every option key kamaki knows, by group, as kamaki 0.16 prints them.
    static func describedKeys() -> String {
        var text = "\n"
        for entry in ConfigDefaults.globalDescriptions { text += "global.\(entry.key): \t\(entry.description)\n" }
        text += "\n"
        for entry in ConfigDefaults.cloudDescriptions
        where !ConfigDefaults.openStackCloudDescriptions.contains(where: { $0.key == entry.key }) {
            text += "cloud.<CLOUD NAME>.\(entry.key): \t\(entry.description)\n"
        }
        return text
    }
}
