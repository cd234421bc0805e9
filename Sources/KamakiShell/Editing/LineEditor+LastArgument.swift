import CEditLine

/// Where Alt-. left the line: which history entry it took the word from, how many characters it
/// inserted, and the line and cursor just after.
struct LastArgumentWalk: Equatable {
    var back: Int
    var inserted: Int
    var line: String
    var cursor: Int
}

extension LineEditor {
    /// Alt-., readline's `yank-last-arg`: inserts the last word of the previous line, as it was
    /// typed (quotes kept); pressed again at once (the line as the last Alt-. left it), it
    /// replaces that word with the last word of the line before, and so on back.
    func insertLastArgument() -> UInt8 {
        guard let history else { return UInt8(CC_REFRESH_BEEP) }
        let now = lineState()
        let previous = lastArgumentWalk.flatMap { $0.line == now.line && $0.cursor == now.cursor ? $0 : nil }
        var back = previous.map { $0.back + 1 } ?? 0
        var word: String?
        while word == nil, let entry = kamaki_history_entry(history, Int32(back)) {
            word = Self.lastWord(of: String(cString: entry))
            if word == nil { back += 1 }
        }
        guard let word else { return UInt8(CC_REFRESH_BEEP) }
        if let previous, previous.inserted > 0 { el_deletestr(editor, Int32(previous.inserted)) }
        el_insertstr(editor, word)
        let after = lineState()
        lastArgumentWalk = LastArgumentWalk(back: back, inserted: word.unicodeScalars.count, line: after.line, cursor: after.cursor)
        return UInt8(CC_REFRESH)
    }

    /// The last word of a line as typed (quotes and escapes kept); nil when it has none.
    static func lastWord(of line: String) -> String? {
        let trimmed = line.hasSuffix("\n") ? String(line.dropLast()) : line
        guard let last = ShellWords.scan(trimmed).words.last else { return nil }
        let scalars = Array(trimmed.unicodeScalars)
        guard last.rawStart < last.rawEnd, last.rawEnd <= scalars.count else { return nil }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[last.rawStart..<last.rawEnd])
        return String(word)
    }

    /// The whole edit line and the cursor's byte offset in it.
    private func lineState() -> (line: String, cursor: Int) {
        var length: Int32 = 0
        var cursor: Int32 = 0
        let bytes = kamaki_el_line_all(editor, &length, &cursor)
        let line = bytes.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(length)), as: UTF8.self) } ?? ""
        return (line, Int(cursor))
    }
}
