import ArgumentParser

/// `kamaki history show [SLICE] [--match TERMS]`
struct HistoryShow: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the command history",
        discussion: "SLICE is N (the line at position N; -1 is the last), :N, N: or N1:N2 (Python slice semantics), as in kamaki 0.16.")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @Argument(help: "Which lines.") var slice: String?
    @Option(name: .customLong("match"), help: "Show only lines containing all these space-separated terms.") var match: String?

    func execute(in context: CommandContext) async throws {
        let history = context.environment.historyFile(config: context.effectiveConfig)
        let (counter, lines) = history.read()
        let range = try Self.range(slice, count: lines.count)
        let terms = match?.split(separator: " ").map(String.init) ?? []
        var text = ""
        // Numbered as kamaki numbers them: from 0, after the lines history_limit dropped, so a
        // number is the line's position in SLICE terms.
        for index in range where terms.allSatisfy({ lines[index].contains($0) }) {
            text += " \(index + counter).  \(lines[index])\n"
        }
        context.output.write(text, to: .standard)
    }

    static func range(_ slice: String?, count: Int) throws -> Range<Int> {
        guard let slice else { return 0..<count }
        func bound(_ text: Substring, default value: Int) throws -> Int {
            if text.isEmpty { return value }
            guard let number = Int(text) else { throw CommandError.usage("Invalid history slice \(slice)") }
            return min(max(number < 0 ? count + number : number, 0), count)
        }
        if let colon = slice.firstIndex(of: ":") {
            let start = try bound(slice[..<colon], default: 0)
            let end = try bound(slice[slice.index(after: colon)...], default: count)
            return start..<max(start, end)
        }
        // One position, as a Python index: negative counts from the end.
        guard let position = Int(slice) else { throw CommandError.usage("Invalid history slice \(slice)") }
        let index = position < 0 ? count + position : position
        guard index >= 0, index < count else {
            throw CommandError(
                "No history line at position \(position) (there are \(count))", details: ["To see them all:", "  kamaki history show"])
        }
        return index..<index + 1
    }

    /// `history show -2` (a negative position, as kamaki 0.16 takes it) with the slice after `--`, so the
    /// parser does not read it as an option.
    static func parseable(_ words: [String]) -> [String] {
        guard words.count > 2, words[0] == "history", words[1] == "show", !words.contains("--") else { return words }
        func isNegativeSlice(_ word: String) -> Bool {
            word.count > 1 && word.hasPrefix("-") && word.dropFirst().first?.isNumber == true
                && word.dropFirst().allSatisfy { $0.isNumber || $0 == ":" || $0 == "-" }
        }
        guard let slice = words.firstIndex(where: isNegativeSlice) else { return words }
        var rest = words
        let word = rest.remove(at: slice)
        return rest + ["--", word]
    }
}
