import ArgumentParser
import Foundation

extension ManualPage {
    /// `kamaki(1)`: the one-shot commands, from the command registry (``CommandCatalog``) and
    /// ``Kamaki``'s own description.
    public static func kamaki(catalog: CommandCatalog = .shared) -> ManualPage {
        let configuration = Kamaki.configuration
        var sections = [
            Section("Synopsis", [.literal(["kamaki [global options] GROUP VERB [ids] [options]", "kamaki [global options]"])]),
            Section("Description", [.text(configuration.abstract + "\n\n" + configuration.discussion)]),
            Section("Global options", catalog.globalOptions.map(item)),
            Section("Commands", [.text("Each group's verbs, with their own options (the global options work with all of them).")]),
        ]
        for group in catalog.groups {
            let verbs = group.verbs.map { verb in
                Block.entry("kamaki \(group.name) \(verb.usage)", verb.abstract, verb.options.filter { !$0.isGlobal }.map(item))
            }
            sections.append(Section(group.name, [.text(group.abstract)] + verbs, isSubsection: true))
        }
        sections += [
            Section(
                "Exit status",
                [
                    .item("\(ExitStatus.success)", "Success."),
                    .item("\(ExitStatus.failure)", "An API or runtime error."),
                    .item("\(ExitStatus.usage)", "A usage error: an unknown command or flag, a bad or missing value."),
                    .item("\(ExitStatus.waitTimeout)", "A --wait that ran out of time."),
                    .item("\(ExitStatus.interrupted)", "Interrupted (Ctrl-C)."),
                ]),
            Section(
                "Files",
                [
                    .item(
                        "~/.kamakirc", "The configuration (kamaki's INI), written with mode 0600; $KAMAKI_CONFIG or -c FILE names another."),
                    .item("~/.kamaki.history", "The command history, tokens masked."),
                    .item("$XDG_STATE_HOME/kamaki/local.sqlite", "The embedded local cloud's state."),
                    .item("$XDG_CACHE_HOME/kamaki/", "The service catalog and id caches."),
                ]),
            Section(
                "Environment",
                [
                    .item("KAMAKI_CONFIG", "The configuration file to use instead of ~/.kamakirc."),
                    .item("KAMAKI_COMMAND_SERVER=off", "Run every command in its own process; start no command server."),
                    .item("KAMAKI_COMMAND_SERVER_IDLE=SECONDS", "How long a command server that a command starts waits for the next one."),
                ]),
            Section("See also", [.text("kamaki-shell(1), kamaki-cloud(1)")]),
        ]
        return ManualPage(name: "kamaki", summary: configuration.abstract.trimmingCharacters(in: ["."]), sections: sections)
    }

    /// The page of another command-line tool of this package (`kamaki-cloud`), from its
    /// `--experimental-dump-help` output.
    ///
    /// - Throws: ``CommandCatalog/BuildError`` when the dump cannot be read.
    public static func tool(dumpHelp: String, seeAlso: [String]) throws -> ManualPage {
        let info: ToolInfoMirror
        do {
            info = try JSONDecoder().decode(ToolInfoMirror.self, from: Data(dumpHelp.utf8))
        } catch {
            throw CommandCatalog.BuildError(description: "cannot decode the help dump: \(error)")
        }
        let command = info.command
        let options = CommandCatalog.options(of: command, group: nil, globals: []).filter { $0.name != "--help" }
        let abstract = command.abstract ?? ""
        var sections = [
            Section("Synopsis", [.literal(["\(command.commandName) [options]"])]),
            Section("Description", [.text([abstract, command.discussion ?? ""].filter { !$0.isEmpty }.joined(separator: "\n\n"))]),
            Section("Options", options.map(item) + [.item("-h, --help", "Show help information.")]),
        ]
        if !seeAlso.isEmpty { sections.append(Section("See also", [.text(seeAlso.joined(separator: ", "))])) }
        return ManualPage(name: command.commandName, summary: abstract.trimmingCharacters(in: ["."]), sections: sections)
    }

    /// An option as an item: `--name, -n <value>` and its help, with its choices.
    static func item(_ option: CommandCatalog.Option) -> Block {
        var term = option.names.joined(separator: ", ")
        if option.takesValue { term += " <value>" }
        var help = option.help
        if !option.choices.isEmpty { help += " (one of: " + option.choices.joined(separator: ", ") + ")" }
        if option.repeatable, !help.contains("repeat") { help += " May be repeated." }
        return .item(term, help)
    }
}
