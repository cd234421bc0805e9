import Foundation
import KamakiShell
import Testing

/// The tutorial's step data (`Sources/KamakiShell/Tutorials/network.json`, what `tutorial network`
/// walks through) run step by step in the real shell in tmux, on a fresh embedded cloud: every
/// documented value must show. If the data and the product diverge, this fails.
@Suite(.serialized) struct TutorialTranscriptTests {
    @Test func everyStepShowsWhatTheTutorialDocuments() throws {
        let tutorial = try Tutorial.load("network", from: BinaryRun.packageRoot + "/Sources/KamakiShell/Tutorials")
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        var ran = 0
        for (number, step) in tutorial.steps.enumerated() where !step.isNote {
            let shown = try shell.run(step.command)
            ran += 1
            guard let expect = step.expect else { continue }
            for text in (expect.stdout ?? []) + (expect.stderr ?? []) {
                #expect(shown.contains(text), "step \(number + 1) `\(step.command)`: missing \(text.debugDescription)\n\(shown)")
            }
            let failed = shown.split(separator: "\n").contains { $0.hasPrefix("(") && $0.contains(") ") && !$0.hasPrefix("( ") }
            #expect(failed == (expect.status != 0), "step \(number + 1) `\(step.command)` should \(expect.status == 0 ? "succeed" : "fail"):\n\(shown)")
        }
        #expect(ran == tutorial.steps.filter { !$0.isNote }.count)
    }
}
