import Foundation
import Testing

/// The editing keys of the built shell in tmux: Home, End and Delete in the forms terminals send
/// them, Page Up as a history search, Alt-. for the last word of earlier lines.
@Suite(.serialized) struct ShellKeysTests {
    @Test func homeEndAndDeleteEditTheLineWhateverTERMSays() throws {
        // tmux sends Home and End as \e[1~ and \e[4~, which xterm's terminfo entry does not name:
        // they inserted "~".
        let shell = try ShellTmux(environment: ["TERM=xterm-256color"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        try shell.type("server list")
        try shell.press("Home")
        try shell.type("X")
        try shell.waitFor("X typed at the start") { $0.hasSuffix("[local]: Xserver list") }
        try shell.press("End")
        try shell.type("Y")
        try shell.waitFor("Y typed at the end") { $0.hasSuffix("[local]: Xserver listY") }
        // rxvt's Home and End.
        try shell.type("\u{1b}[7~A")
        try shell.waitFor("A typed at the start") { $0.hasSuffix("[local]: AXserver listY") }
        try shell.type("\u{1b}[8~B")
        try shell.waitFor("B typed at the end") { $0.hasSuffix("[local]: AXserver listYB") }
        // Delete removes the character under the cursor.
        try shell.press("Home", "DC", "DC")
        try shell.type("\u{1b}[FC")
        try shell.waitFor("two characters deleted") { $0.hasSuffix("[local]: server listYBC") }
        try shell.press("C-u")
    }

    @Test func pageUpSearchesTheHistoryForWhatIsTypedAndNeverReplacesIt() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("server list")
        _ = try shell.run("network list")
        try shell.type("serv")
        try shell.press("PPage")
        try shell.waitFor("the line found by its start") { $0.hasSuffix("[local]: server list") }
        try shell.press("C-u")
        // Nothing starts with the typed text: the line stays (Page Up used to put the last entry in its place).
        try shell.type("zzz")
        try shell.press("PPage")
        try shell.type("!")
        try shell.waitFor("the typed line kept") { $0.hasSuffix("[local]: zzz!") }
        try shell.press("C-u")
    }

    @Test func altDotInsertsTheLastWordOfEarlierLinesAndWalksBack() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("network create --name='my net'")
        _ = try shell.run("server info 141")
        try shell.type("network info ")
        try shell.press("M-.")
        try shell.waitFor("the last word of the previous line") { $0.hasSuffix("[local]: network info 141") }
        try shell.press("M-.")
        // Pressed again at once: the word of the line before replaces it, quotes as typed.
        try shell.waitFor("the last word of the line before") { $0.hasSuffix("[local]: network info --name='my net'") }
        try shell.press("M-.")
        try shell.type("!")
        try shell.waitFor("no earlier line: the word stays") { $0.hasSuffix("[local]: network info --name='my net'!") }
        // After other editing, Alt-. starts again from the previous line.
        try shell.press("C-u")
        try shell.type("x ")
        try shell.press("M-.")
        try shell.waitFor("the previous line's word again") { $0.hasSuffix("[local]: x 141") }
        try shell.press("C-u")
    }
}

/// Ctrl-D and Ctrl-C print nothing but what they say.
@Suite(.serialized) struct ShellControlKeyTests {
    @Test func ctrlDAndCtrlCLeaveNoStrayCharacters() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("network")
        // Ctrl-D on an empty line leaves the group without writing "^D" after the prompt.
        try shell.press("C-d")
        try shell.waitFor("the top prompt") { $0.hasSuffix("[local network]:\n[local]:") }
        // Inside a line it deletes the character under the cursor.
        try shell.type("xnetwork list")
        try shell.press("C-a", "C-d")
        try shell.type("/")
        try shell.waitFor("the x deleted") { $0.hasSuffix("[local]: /network list") }
        try shell.press("C-u")
        // `local serve` stops on Ctrl-C (the cloud's own handler): the prompt starts a line of its own.
        try shell.type("local serve")
        try shell.press("Enter")
        try shell.waitFor("the cloud serving") { $0.split(separator: "\n").last?.hasPrefix("token: ") == true }
        try shell.press("C-c")
        try shell.waitFor("the prompt on its own line") { $0.hasSuffix("^C\n[local]:") }
    }
}
