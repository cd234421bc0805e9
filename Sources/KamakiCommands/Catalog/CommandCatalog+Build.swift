import ArgumentParser
import Foundation

extension CommandCatalog {
    /// Errors of building the catalog: the upgrade alarm for swift-argument-parser's dump format.
    public struct BuildError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Builds the catalog of ``Kamaki`` from its help dump.
    public static func build() throws -> CommandCatalog {
        let dump = Kamaki._dumpHelp()
        let info: ToolInfoMirror
        do {
            info = try JSONDecoder().decode(ToolInfoMirror.self, from: Data(dump.utf8))
        } catch {
            throw BuildError(description: "cannot decode Kamaki._dumpHelp(): \(error)")
        }
        guard info.serializationVersion == 0 else {
            throw BuildError(description: "unknown dump-help serialization version \(info.serializationVersion)")
        }
        let registered = Set(Kamaki.configuration.subcommands.map(commandName))
        let local = Set(Kamaki.configuration.subcommands.filter { $0 is any LocalStateGroup.Type }.map(commandName))
        let globalOptions = options(of: info.command, group: nil, globals: []).map { option in
            var option = option
            option.isGlobal = true
            return option
        }
        var groups: [Group] = []
        for node in info.command.subcommands ?? [] where registered.contains(node.commandName) {
            let verbs = (node.subcommands ?? []).filter { $0.commandName != "help" && $0.shouldDisplay != false }.map { leaf in
                verb(leaf, group: node.commandName, globals: globalOptions)
            }
            groups.append(
                Group(name: node.commandName, abstract: node.abstract ?? "", verbs: verbs, isLocal: local.contains(node.commandName)))
        }
        guard !groups.isEmpty else { throw BuildError(description: "the dump lists no command groups") }
        return CommandCatalog(groups: groups, globalOptions: globalOptions)
    }

    /// A verb: its own options first, then the global ones (whether or not the dump repeats them).
    static func verb(_ node: ToolInfoMirror.Command, group: String, globals: [Option]) -> Verb {
        let positionals = (node.arguments ?? []).filter { $0.kind == .positional && $0.shouldDisplay }.map { argument in
            Positional(
                name: argument.valueName ?? argument.preferredName?.name ?? "value", help: argument.abstract ?? "",
                isOptional: argument.isOptional, isRepeating: argument.isRepeating,
                idKind: argument.idKind)
        }
        var own: [Option] = []
        var shared: [Option] = []
        let globalNames = Set(globals.flatMap(\.names))
        for option in options(of: node, group: group, globals: globalNames) {
            if option.isGlobal { shared.append(option) } else { own.append(option) }
        }
        let sharedNames = Set(shared.flatMap(\.names))
        shared += globals.filter { sharedNames.isDisjoint(with: $0.names) }
        var usage = node.commandName
        for positional in positionals {
            let word = "<\(positional.name)>" + (positional.isRepeating ? " ..." : "")
            usage += positional.isOptional ? " [\(word)]" : " \(word)"
        }
        if !own.isEmpty || !shared.isEmpty { usage += " [options]" }
        return Verb(name: node.commandName, abstract: node.abstract ?? "", usage: usage, positionals: positionals, options: own + shared)
    }

    /// The options and flags of a node; those whose spellings are all global are marked so.
    static func options(of node: ToolInfoMirror.Command, group: String?, globals: Set<String>) -> [Option] {
        (node.arguments ?? []).compactMap { argument -> Option? in
            guard argument.kind != .positional, argument.shouldDisplay else { return nil }
            let spellings = (argument.names ?? []).map(\.spelling)
            guard !spellings.isEmpty else { return nil }
            let names = spellings.filter { $0.hasPrefix("--") } + spellings.filter { !$0.hasPrefix("--") }
            let takesValue = argument.kind == .option
            return Option(
                names: names, help: firstLine(argument.abstract ?? ""), takesValue: takesValue,
                repeatable: argument.isRepeating,
                choices: takesValue ? CatalogHints.choices(for: names, group: group, listed: argument.allValues ?? []) : [],
                idKind: takesValue ? argument.idKind : nil,
                isGlobal: names.allSatisfy(globals.contains),
                takesFile: takesValue && argument.completionKind?.isFile == true)
        }
    }

    static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
    }
}
