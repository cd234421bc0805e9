import KamakiCommands

/// Decides what a shell line means in a context: contexts (`ip`, `exit`, `..`), `/cmd` from the
/// top, a pasted leading `kamaki`, bare verbs (`detach 9` → `ip detach 9`), built-ins and help.
/// Pure: it reads the catalog and the current group, and runs nothing.
public struct LineResolver: Sendable {
    public let catalog: CommandCatalog

    public init(catalog: CommandCatalog) {
        self.catalog = catalog
    }

    /// Resolves a raw line typed in `group` (nil at the top).
    public func resolve(line: String, group: String?) -> ShellAction {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        // Lines pasted from the docs keep their `$ ` prompt.
        let unprompted = trimmed.hasPrefix("$ ") ? trimmed.dropFirst(2).drop { $0 == " " || $0 == "\t" } : trimmed
        // psql's \q quits too (before word splitting, which would read it as `q`).
        if String(unprompted).trimmingSpaces == "\\q" { return .quit }
        if unprompted.hasPrefix("!") {
            let command = String(unprompted.dropFirst()).trimmingSpaces
            return command.isEmpty ? .error("!: give a command to run, e.g. !ls") : .system(command)
        }
        if unprompted == "shell" || unprompted.hasPrefix("shell ") || unprompted.hasPrefix("shell\t") {
            let command = String(unprompted.dropFirst(5)).trimmingSpaces
            return command.isEmpty ? .error("shell: give a command to run, e.g. shell ls") : .system(command)
        }
        if let piped = pipe(line, group: group) { return piped }
        let words: [String]
        do {
            words = try ShellWords.split(line)
        } catch {
            return .error("\(error)")
        }
        return resolve(words: words, group: group)
    }

    /// Resolves split words typed in `group`.
    public func resolve(words: [String], group: String?) -> ShellAction {
        guard var first = words.first else { return .nothing }
        var rest = Array(words.dropFirst())
        if first == "$" { return resolve(words: rest, group: group) }
        if first.isEmpty && rest.isEmpty { return .nothing }
        if first == "kamaki" { return resolve(words: rest, group: nil) }
        if first.hasPrefix("/") {
            first.removeFirst()
            if first.isEmpty { return resolve(words: rest, group: nil) }
            if first == "exit" && rest.isEmpty { return .quit }
            return resolve(words: [first] + rest, group: nil)
        }
        if first.hasPrefix("?") {
            first.removeFirst()
            rest = (first.isEmpty ? [] : [first]) + rest
            return help(rest, group: group)
        }
        switch first {
        case "help": return help(rest, group: group)
        case "exit", "..": return rest.isEmpty ? .leave : .error("\(first): takes no arguments")
        case "quit": return rest.isEmpty ? .quit : .error("quit: takes no arguments")
        // The system's `clear` (ncurses), which knows the terminal from terminfo.
        case "clear": return rest.isEmpty ? .system("clear") : .error("clear: takes no arguments")
        case "context": return rest.isEmpty ? .showContext : .error("context: takes no arguments")
        case "use": return use(rest)
        case "unuse": return unuse(rest)
        case "tutorial": return .tutorial(rest)
        case "next", "back", "skip": return rest.isEmpty ? .tutorial([first]) : .error("\(first): takes no arguments")
        default: return command([first] + rest, group: group)
        }
    }

    func command(_ words: [String], group: String?) -> ShellAction {
        let first = words[0]
        if let group, let current = catalog.group(group) {
            if current.verb(first) != nil { return .run([group] + words) }
            if first == "-h" || first == "--help" { return .help([group]) }
        }
        if catalog.group(first) != nil {
            return words.count == 1 ? .enter(group: first) : .run(words)
        }
        if first.hasPrefix("-") {
            if group == nil { return .run(words) }
            return .run([group!] + words)
        }
        // Only cloud verbs resolve bare: `clean`, `reset` or `set` alone must not erase the history,
        // reset the embedded cloud or write the config.
        let owners = catalog.cloudGroups(havingVerb: first)
        switch owners.count {
        case 1: return .run([owners[0].name] + words)
        case 0:
            let local = catalog.groups(havingVerb: first).map { "\($0.name) \(first)" }
            if !local.isEmpty {
                return .error(
                    "\(first): changes local files or the local cloud, so it needs its group: type "
                        + local.joined(separator: " or ") + " (or enter the group first)")
            }
            var known = catalog.groups.map(\.name) + ShellBuiltin.all.map(\.name)
            if let group, let current = catalog.group(group), !current.isLocal { known += current.verbs.map(\.name) }
            known += catalog.groups.filter { !$0.isLocal }.flatMap { $0.verbs.map(\.name) }
            let hint = Suggestion.nearest(first, among: known).map { " (did you mean \($0)?)" } ?? ""
            return .error("\(first): unknown command\(hint); type help (or ?) to list commands")
        default:
            let choices = owners.map { "\($0.name) \(first)" }.joined(separator: ", ")
            return .error("\(first): which group? \(choices)")
        }
    }

    func help(_ topic: [String], group: String?) -> ShellAction {
        var topic = topic
        if topic.first == "kamaki" { topic.removeFirst() }
        switch topic.count {
        case 0: return .help(group.map { [$0] } ?? [])
        case 1:
            let word = topic[0]
            if let group, catalog.verb(group, word) != nil { return .help([group, word]) }
            if catalog.group(word) != nil { return .help([word]) }
            if ShellBuiltin.isBuiltin(word) { return .help([word]) }
            let owners = catalog.groups(havingVerb: word)
            if owners.count == 1 { return .help([owners[0].name, word]) }
            if owners.count > 1 {
                return .error("help \(word): which group? " + owners.map { "\($0.name) \(word)" }.joined(separator: ", "))
            }
            return .error("help: no command \(word)")
        case 2 where catalog.verb(topic[0], topic[1]) != nil:
            return .help(topic)
        default:
            return .error("help: no command \(topic.joined(separator: " "))")
        }
    }

    func use(_ words: [String]) -> ShellAction {
        if words.first == "cloud" { return words.count == 2 ? .useCloud(words[1]) : .error("use: use cloud NAME") }
        guard words.count == 2, let selection = ShellAction.Selection(rawValue: words[0]) else {
            return .error("use: use network ID, use server ID or use cloud NAME")
        }
        return .use(selection, words[1])
    }

    func unuse(_ words: [String]) -> ShellAction {
        if words.isEmpty { return .unuse(nil) }
        guard words.count == 1, let selection = ShellAction.Selection(rawValue: words[0]) else {
            return .error("unuse: unuse, unuse network or unuse server")
        }
        return .unuse(selection)
    }
}

extension String {
    /// Without leading and trailing blanks.
    var trimmingSpaces: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isBlank($0) }), let end = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[start...end])
    }
}
