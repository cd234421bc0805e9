import ArgumentParser

extension CommandRunner {
    /// Why a command server must leave these words (the words after `kamaki`) to the client's own
    /// process; `nil` when they may be served. Decided on the parsed command, never on the words:
    /// `--cloud local network list` is a network command, `-v local serve` is the local cloud's.
    /// Words that do not parse are served (the parser's message is the same either way).
    public static func reasonToRunInOwnProcess(_ words: [String]) -> String? {
        // The shell completion callback reads the id cache while parsing: never run it here.
        if words.first == "---completion" { return nil }
        let command: (any KamakiCommand.Type)?
        if let named = leafCommand(named: words) {
            command = named
        } else {
            command = (try? Kamaki.parseAsRoot(words)).flatMap { type(of: $0) as? any KamakiCommand.Type }
        }
        return command?.runsInItsOwnProcess == true ? "local" : nil
    }

    /// The leaf command the first words name when they are all command names up to it (`port list -l`),
    /// found without parsing the line a second time (the parse a served command runs anyway took a tenth of
    /// a served `port list` of 10,000 ports; this one about half as much again). Nil when an option comes
    /// before the leaf (`--cloud local network list`: the parser decides), or a word names no command.
    static func leafCommand(named words: [String]) -> (any KamakiCommand.Type)? {
        var current: any ParsableCommand.Type = Kamaki.self
        for word in words {
            let children = current.configuration.subcommands
            if children.isEmpty { break }
            guard !word.hasPrefix("-"), let next = children.first(where: { $0.configuration.commandName == word }) else { return nil }
            current = next
        }
        guard current.configuration.subcommands.isEmpty else { return nil }
        return current as? any KamakiCommand.Type
    }
}
