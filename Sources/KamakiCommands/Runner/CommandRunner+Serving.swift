import ArgumentParser

extension CommandRunner {
    /// Why a command server must leave these words (the words after `kamaki`) to the client's own
    /// process; `nil` when they may be served. Decided on the parsed command, never on the words:
    /// `--cloud local network list` is a network command, `-v local serve` is the local cloud's.
    /// Words that do not parse are served (the parser's message is the same either way).
    public static func reasonToRunInOwnProcess(_ words: [String]) -> String? {
        // The shell completion callback reads the id cache while parsing: never run it here.
        if words.first == "---completion" { return nil }
        guard let parsed = try? Kamaki.parseAsRoot(words), let command = parsed as? any KamakiCommand else { return nil }
        return type(of: command).runsInItsOwnProcess ? "local" : nil
    }
}
