import Foundation
import KamakiShell
import Testing

/// Each whole tutorial typed into the real shell in tmux, on a fresh embedded cloud, from its step data
/// (`Sources/KamakiShell/Tutorials/*Tutorial.swift`, what `tutorial NAME` walks through). The network one has pasted
/// `kamaki …` lines, the `ip` context with the bare `detach 9 --wait` and `attach 9 --server-id=142 --wait`.
/// Every documented value must show; if the data and the product diverge, this fails.
@Suite(.serialized) struct TutorialTranscriptTests {
    @Test(arguments: Tutorial.available) func everyStepShowsWhatTheTutorialDocuments(name: String) throws {
        let tutorial = try Tutorial.load(name)
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        #expect(try shell.prompt() == "[local]:")
        var ran = 0
        for (number, step) in tutorial.steps.enumerated() where !step.isNote {
            let shown = try shell.run(step.command)
            ran += 1
            if step.command == "ip" { #expect(try shell.prompt() == "[local ip]:", "a group name enters its context") }
            guard let expect = step.expect else { continue }
            for text in (expect.stdout ?? []) + (expect.stderr ?? []) {
                #expect(shown.contains(text), "step \(number + 1) `\(step.command)`: missing \(text.debugDescription)\n\(shown)")
            }
            let failed = shown.split(separator: "\n").contains { $0.hasPrefix("(") && $0.contains(") ") && !$0.hasPrefix("( ") }
            #expect(
                failed == (expect.status != 0),
                "step \(number + 1) `\(step.command)` should \(expect.status == 0 ? "succeed" : "fail"):\n\(shown)")
        }
        #expect(ran == tutorial.steps.filter { !$0.isNote }.count)
        if tutorial.steps.contains(where: { $0.command == "ip" }) {
            _ = try shell.run("..")
            #expect(try shell.prompt() == "[local]:", "`..` leaves the ip context the tutorial entered")
        }
        // Nothing in the tutorial ended the session: /exit does, with status 0.
        try shell.type("/exit")
        try shell.press("Enter")
        try shell.waitFor("the shell to exit") { $0.contains(ShellTmux.exitMarker + "0]") }
    }
}
