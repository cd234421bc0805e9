import KamakiAPI

/// Renders candidates for the terminal: one per line with the description beside it, a resource's
/// labels each in an aligned column (`8   192.168.3.5  free`), or in columns when there are no
/// descriptions; long lists are cut.
public enum CandidateList {
    /// The text to print under the edit line (ends with a newline).
    /// Values and descriptions are shown with control characters escaped (a name from the
    /// cloud could carry a terminal sequence).
    public static func render(_ candidates: [Candidate], columns: Int = 80, limit: Int = 50) -> String {
        let rows = candidates.prefix(limit).map { candidate in
            [TerminalText.escaped(candidate.value)] + candidate.detailColumns.map(TerminalText.escaped)
        }
        let shown = rows.map { Candidate($0[0]) }
        let width = shown.map { $0.value.count }.max() ?? 0
        var text = ""
        if rows.contains(where: { $0.count > 1 }) {
            // Each column as wide as its widest cell (a cell that ends its line is not padded).
            var widths: [Int] = []
            for row in rows {
                for (index, cell) in row.enumerated() {
                    if index == widths.count { widths.append(0) }
                    widths[index] = max(widths[index], cell.count)
                }
            }
            for row in rows {
                var line = ""
                for (index, cell) in row.enumerated() {
                    line += cell
                    if index < row.count - 1 { line += String(repeating: " ", count: widths[index] - cell.count + 2) }
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
