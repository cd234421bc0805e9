import KamakiAPI

/// Renders candidates for the terminal: one per line with the description beside it
/// (`8   192.168.3.5  free`), or in columns when there are no descriptions; long lists are cut.
public enum CandidateList {
    /// The text to print under the edit line (ends with a newline).
    /// Values and descriptions are shown with control characters escaped (a name from the
    /// cloud could carry a terminal sequence).
    public static func render(_ candidates: [Candidate], columns: Int = 80, limit: Int = 50) -> String {
        let shown = candidates.prefix(limit).map { Candidate(TerminalText.escaped($0.value), detail: TerminalText.escaped($0.detail)) }
        let width = shown.map { $0.value.count }.max() ?? 0
        var text = ""
        if shown.contains(where: { !$0.detail.isEmpty }) {
            for candidate in shown {
                var line = candidate.value
                if !candidate.detail.isEmpty {
                    line += String(repeating: " ", count: width - candidate.value.count + 2) + candidate.detail
                }
                text += clip(line, to: columns) + "\n"
            }
        } else {
            let cell = width + 2
            let perLine = max(1, columns / max(cell, 1))
            var column = 0
            for candidate in shown {
                column += 1
                let last = column == perLine
                text += last ? candidate.value + "\n" : candidate.value + String(repeating: " ", count: cell - candidate.value.count)
                if last { column = 0 }
            }
            if column != 0 { text = String(text.reversed().drop { $0 == " " }.reversed()) + "\n" }
        }
        if candidates.count > shown.count {
            text += "… and \(candidates.count - shown.count) more; type more of the word to narrow them\n"
        }
        return text
    }

    static func clip(_ line: String, to columns: Int) -> String {
        guard columns > 1, line.count > columns - 1 else { return line }
        return String(line.prefix(columns - 2)) + "…"
    }
}
