/// When the shell shows a command's output through a pager, and which: pure decisions, so a
/// table of cases tests them (``PagerOutput`` acts on them).
///
/// - The pager: `KAMAKI_PAGER` when set (empty: no pager), else the config's `pager` option
///   (`off`: no pager; `on` or unset: the default), else `PAGER` (empty: no pager), else
///   `less -FRX`. `cat` is no pager, as git takes it.
/// - Output is paged only when standard output is a terminal and the output needs more rows than
///   the screen has below the prompt (`LINES`, else the terminal's height); `--more` pages even
///   output that fits (the pager decides: `less -F` shows it and quits).
public enum Paging {
    public static let defaultPager = "less -FRX"

    /// The pager command, or nil when paging is off.
    /// - Parameters:
    ///   - variables: the run's environment variables.
    ///   - option: the config file's `pager` option, if set.
    public static func pager(variables: [String: String], option: String?) -> String? {
        func command(_ text: String) -> String? {
            let trimmed = text.trimmingSpaces
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        if let own = variables["KAMAKI_PAGER"] { return command(own) }
        switch option?.trimmingSpaces.lowercased() {
        case "off", "no", "false", "0": return nil
        case nil, "", "on", "yes", "true", "1": break
        default: return command(option ?? "")
        }
        if let pager = variables["PAGER"] { return command(pager) }
        return defaultPager
    }

    /// Whether output that needs `outputRows` rows goes to the pager.
    /// - Parameters:
    ///   - stdoutIsTerminal: standard output is a terminal (never page anything else).
    ///   - screenRows: the screen's height, when known.
    ///   - pager: the pager (``pager(variables:option:)``); nil: paging is off.
    ///   - forced: `--more` was given.
    public static func shouldPage(stdoutIsTerminal: Bool, outputRows: Int, screenRows: Int?, pager: String?, forced: Bool) -> Bool {
        guard stdoutIsTerminal, pager != nil, outputRows > 0 else { return false }
        if forced { return true }
        guard let screenRows, screenRows > 1 else { return false }
        // The prompt takes the last row.
        return outputRows > screenRows - 1
    }

    /// The rows `text` takes on a screen `columns` wide (a line longer than the screen wraps);
    /// a last line without its newline counts.
    public static func rows(of text: String, columns: Int?) -> Int {
        guard !text.isEmpty else { return 0 }
        let width = max(columns ?? 80, 1)
        var rows = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            rows += max(1, (line.count + width - 1) / width)
        }
        return rows
    }

    /// The screen's height: `LINES` when it holds a plausible one, else the terminal's.
    public static func screenRows(variable: String?, terminal: Int?) -> Int? {
        if let lines = variable.flatMap({ Int($0) }), (1...10_000).contains(lines) { return lines }
        return terminal
    }

    /// Whether a command's words ask for paging (`--more`, before any `--`).
    public static func asksForMore(_ words: [String]) -> Bool {
        words.prefix { $0 != "--" }.contains("--more")
    }
}
