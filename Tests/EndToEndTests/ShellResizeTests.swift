import Foundation
import Testing

/// A terminal resized while a line is edited (issue 16 item 10): the prompt and the line are drawn
/// again at the new width, once and intact, editing goes on where it was, and Enter runs the line
/// as typed. (libedit alone learnt the new width but drew nothing until the next key, and then
/// drew from the row where the old width had left the cursor, over and beside what was there.)
@Suite(.serialized) struct ShellResizeTests {
    static let words = (1...24).map { "word\($0)" }.joined(separator: " ")
    static let line = "!echo " + words

    /// How many times `text` is on the screen.
    static func count(_ text: String, in screen: String) -> Int {
        screen.components(separatedBy: text).count - 1
    }

    @Test func narrowerThenWiderRedrawsTheLineOnceAndItRunsAsTyped() throws {
        let shell = try ShellTmux(environment: ["TERM=xterm-256color"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        // Longer than the 120 columns: the line takes two rows, then four at 50 columns.
        try shell.type(Self.line)
        try shell.waitFor("the line typed") { $0.hasSuffix("[local]: " + Self.line) }
        for width in [50, 120] {
            try shell.tmux(["resize-window", "-t", "main", "-x", String(width), "-y", "40"])
            try shell.waitFor("the size taken at \(width)") { _ in (try? shell.paneWidth()) == width }
            try shell.waitFor("the line drawn once at \(width) columns") {
                $0.hasSuffix("[local]: " + Self.line) && Self.count("[local]: ", in: $0) == 1 && Self.count("word24", in: $0) == 1
            }
        }
        // Editing goes on at the end of the line, and at its start.
        try shell.type(" last")
        try shell.press("Home")
        try shell.press("Right")
        try shell.type(" ")
        let edited = "! echo " + Self.words + " last"
        let screen = try shell.waitFor("the line edited") { $0.hasSuffix("[local]: " + edited) }
        #expect(Self.count("[local]: ", in: screen) == 1, "\(screen)")
        try shell.press("Enter")
        let ran = try shell.waitFor("the line run") { ShellTmux.lastLineIsPrompt($0) && Self.count("[local]:", in: $0) == 2 }
        #expect(ShellTmux.outputOfLastCommand(ran) == Self.words + " last", "\(ran)")
    }

    @Test func aResizeAtAnEmptyPromptLeavesOnePrompt() throws {
        let shell = try ShellTmux(environment: ["TERM=xterm-256color"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        for width in [40, 100] {
            try shell.tmux(["resize-window", "-t", "main", "-x", String(width), "-y", "30"])
            try shell.waitFor("the size taken at \(width)") { _ in (try? shell.paneWidth()) == width }
        }
        try shell.type("server list")
        let screen = try shell.waitFor("the line typed") { $0.hasSuffix("[local]: server list") }
        #expect(Self.count("[local]:", in: screen) == 1, "\(screen)")
        try shell.press("Enter")
        try shell.waitFor("the servers listed") { $0.hasSuffix("142 Server 1\n[local]:") }
    }
}

extension ShellTmux {
    /// The pane's width in columns.
    func paneWidth() throws -> Int? {
        Int(try tmux(["display-message", "-p", "-t", "main", "#{pane_width}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
