import Foundation
import Testing

/// Colour in the built shell on a terminal (issue 16 item 14): the prompt's cloud and context, the
/// statuses of `key: value` output and the first line of an error are coloured; the prompt's
/// escape sequences take no columns (editing at the start of the line lands where it shows); pipes
/// and redirections carry no escape codes; `NO_COLOR` and `--no-color` turn colour off.
@Suite(.serialized) struct ShellColourTmuxTests {
    static let escape = "\u{1B}["

    /// The lines of the escaped screen that contain `text`.
    static func lines(_ screen: String, containing text: String) -> [Substring] {
        screen.split(separator: "\n").filter { $0.contains(text) }
    }

    @Test func colouredPromptEditsAtTheRightColumnAndColoursOutput() throws {
        let shell = try ShellTmux(environment: ["TERM=xterm-256color"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        let prompt = try #require(try shell.screenWithEscapes().split(separator: "\n").last { $0.contains("local") })
        #expect(prompt.contains(Self.escape), "the prompt's cloud in colour: \(prompt.debugDescription)")
        // Typed, then edited at the start: the cursor goes to the column after the prompt's nine
        // visible characters, however many bytes its colours take.
        try shell.type("etwork list -l")
        try shell.waitFor("the line typed") { $0.hasSuffix("[local]: etwork list -l") }
        try shell.press("Home")
        let column = try waitForCursor(shell, at: 9)
        #expect(column == 9)
        try shell.type("n")
        try shell.waitFor("n inserted at the start") { $0.hasSuffix("[local]: network list -l") }
        try shell.press("Enter")
        let listed = try shell.waitFor("the edited line run") { ShellTmux.lastLineIsPrompt($0) && $0.contains("status: ACTIVE") }
        #expect(listed.contains("[local]: network list -l\n1 public_network\n"))
        let coloured = try shell.screenWithEscapes()
        let statuses = Self.lines(coloured, containing: "status:")
        #expect(!statuses.isEmpty && statuses.allSatisfy { $0.contains(Self.escape) }, "\(statuses)")
        // An error's first line is coloured; its details are not.
        _ = try shell.run("network info 424242")
        let errors = Self.lines(try shell.screenWithEscapes(), containing: "(404)")
        #expect(errors.count == 1 && errors.allSatisfy { $0.contains(Self.escape) }, "\(errors)")
        // The context is coloured too.
        _ = try shell.run("network")
        let context = try #require(
            try shell.screenWithEscapes().split(separator: "\n").last { $0.contains("network") && $0.contains("]:") })
        #expect(context.components(separatedBy: Self.escape).count >= 3, "\(context.debugDescription)")
    }

    @Test func pipesAndRedirectionsCarryNoEscapes() throws {
        let shell = try ShellTmux(environment: ["TERM=xterm-256color"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        let piped = try shell.run("network list -l | cat")
        #expect(piped.contains("status: ACTIVE"))
        let plain = Self.lines(try shell.screenWithEscapes(), containing: "status: ACTIVE")
        #expect(!plain.isEmpty && plain.allSatisfy { !$0.contains(Self.escape) }, "\(plain)")
        _ = try shell.run("network list -l > nets.txt")
        let saved = try String(contentsOfFile: shell.home + "/nets.txt", encoding: .utf8)
        #expect(saved.contains("status: ACTIVE\n"))
        #expect(!saved.contains("\u{1B}"))
    }

    @Test(arguments: [(["NO_COLOR=1"], [String]()), ([], ["--no-color"])])
    func noColourWhenAsked(environment: [String], arguments: [String]) throws {
        let shell = try ShellTmux(arguments: arguments, environment: ["TERM=xterm-256color"] + environment)
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        #expect(try shell.run("network list -l").contains("status: ACTIVE"))
        #expect(try shell.run("network info 424242").contains("(404)"))
        _ = try shell.run("network")
        let screen = try shell.screenWithEscapes()
        #expect(!screen.contains(Self.escape), "\(screen.debugDescription)")
    }

    /// Polls the pane's cursor until it is at `column` (or a deadline passes) and returns where it is.
    func waitForCursor(_ shell: ShellTmux, at column: Int) throws -> Int? {
        let deadline = ContinuousClock.now + .seconds(30)
        var current = try shell.cursorColumn()
        while current != column, ContinuousClock.now < deadline {
            usleep(30_000)
            current = try shell.cursorColumn()
        }
        return current
    }
}
