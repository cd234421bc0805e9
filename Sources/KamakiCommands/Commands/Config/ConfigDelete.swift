import ArgumentParser

/// `kamaki config delete OPTION [--default]`
struct ConfigDelete: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a configuration option",
        discussion: """
            Deleting an option that is not set succeeds, as in kamaki 0.16 (so clean-up scripts run under set -e); \
            a missing key of a configured cloud is an error. A deleted global option falls back to its built-in value.
            """)
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "The option: key, cloud.NAME or cloud.NAME.key.", completion: ConfigCompletion.keys(verb: "delete")) var option: String
    @Flag(
        name: .customLong("default"),
        help:
            "Accepted for kamaki 0.16 scripts: there it also drops the built-in value until the session ends; each kamaki run here starts afresh."
    )
    var alsoDefault = false

    func execute(in context: CommandContext) async throws {
        try ConfigFile.update(path: context.configFile.path) { config in
            guard !config.delete(option) else { return }
            let (header, key) = ConfigFile.split(option)
            if header.hasPrefix("cloud \""), key != nil, config.sections.contains(where: { $0.header == header }) {
                throw CommandError("Field \(option) does not exist", details: ["To see the cloud's options:", "  kamaki config get cloud"])
            }
        }
    }
}
