import ArgumentParser

extension CommandCatalog {
    /// The registry's help screen for a path of command names (`[]`, `["ip"]`, `["ip", "attach"]`),
    /// or nil when the path names no command.
    public static func helpMessage(for path: [String], columns: Int? = nil) -> String? {
        guard let type = commandType(at: path) else { return nil }
        return Kamaki.helpMessage(for: type, columns: Kamaki.helpColumns(columns))
    }

    /// Every path in the registry: the root, each group, each verb (for the upgrade-alarm test).
    public static var allPaths: [[String]] {
        var paths: [[String]] = [[]]
        for group in Kamaki.configuration.subcommands {
            let name = commandName(group)
            paths.append([name])
            for verb in group.configuration.subcommands { paths.append([name, commandName(verb)]) }
        }
        return paths
    }

    static func commandType(at path: [String]) -> (any ParsableCommand.Type)? {
        var current: any ParsableCommand.Type = Kamaki.self
        for name in path {
            guard let next = current.configuration.subcommands.first(where: { commandName($0) == name }) else { return nil }
            current = next
        }
        return current
    }

    static func commandName(_ type: any ParsableCommand.Type) -> String {
        type.configuration.commandName ?? type._commandName
    }
}
