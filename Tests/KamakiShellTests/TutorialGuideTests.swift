import Foundation
import KamakiShell
import KamakiTestSupport
import Testing

@Suite struct TutorialGuideTests {
    @Test func shippedDataCoversTheTutorial() throws {
        let tutorial = try Tutorial.load("network")
        let commands = tutorial.steps.map(\.command)
        // Every command of shared/tutorial/network.rst, in order, including the notes and the bare ip-context lines.
        let required = [
            "kamaki server list", "kamaki network list", "kamaki network create --name='My Private Net'",
            "kamaki network connect 2 --device-id=141 --device-id=142", "kamaki network list -l",
            "kamaki ip create --network-id=1", "kamaki ip attach 8 --server-id=141 --wait",
            "kamaki ip attach 8 --server-id=142 --wait", "kamaki ip attach 9 --server-id=141 --wait", "kamaki port list -l",
            "detach 9 --wait", "attach 9 --server-id=142 --wait", "kamaki quota list", "kamaki ip delete 10",
            "kamaki network delete 1", "kamaki network delete 2",
            "kamaki network disconnect 2 --device-id=141 --device-id=142 --wait",
        ]
        var position = 0
        for command in required {
            let found = try #require(commands[position...].firstIndex(of: command), "missing or out of order: \(command)")
            position = found + 1
        }
        #expect(tutorial.steps.contains { $0.isNote && $0.command.hasPrefix("kamaki port create") })
        #expect(tutorial.steps.contains { $0.isNote && $0.command.hasPrefix("kamaki port delete") })
        #expect(tutorial.steps.filter { $0.expectedFailure == true }.count == 4)
        #expect(Tutorial.available == ["network"])
    }

    @Test func guideWalksForwardBackAndReportsDifferences() throws {
        let tutorial = try Tutorial.load("network")
        var guide = TutorialGuide(tutorial: tutorial)
        #expect(guide.currentCommand == "kamaki server list")
        #expect(guide.introduction().contains("== Networks =="))
        #expect(guide.matches("server   list"))
        #expect(guide.matches("kamaki server list"))
        #expect(!guide.matches("network list"))
        let after = guide.completed(status: 0, output: "141 Server 1\n142 Server 1\n", errors: "")
        #expect(after.contains("Servers 141 and 142"))
        #expect(!after.contains("differs"))
        #expect(guide.index == 1)
        let wrong = guide.completed(status: 1, output: "", errors: "boom")
        #expect(wrong.contains("differs from the tutorial (exit status 1, expected 0)"))
        // A step that failed unexpectedly stays current, without the success explanation.
        #expect(wrong.contains("The step stays current"))
        #expect(!wrong.contains("→"))
        #expect(guide.index == 1)
        _ = guide.back()
        #expect(guide.index == 0)
        _ = guide.skip()
        #expect(guide.index == 1)
        // Same status, different output: said, and the walk goes on.
        let differing = guide.completed(status: 0, output: "3 other ( private )\n", errors: "")
        #expect(differing.contains("Note: this differs from the tutorial; expected to see: 1 public_network ( public )"))
        #expect(guide.index == 2)
        while !guide.isFinished { _ = guide.skip() }
        #expect(guide.introduction().contains("finished"))
        #expect(guide.currentCommand == nil)
    }

    @Test func longLinesWrapAtSpacesKeepingTheirIndent() {
        let text = "  Attempt to destroy the public network, which fails\n→ short\n"
        #expect(TutorialGuide.wrap(text, width: 30) == "  Attempt to destroy the\n  public network, which fails\n→ short\n")
        #expect(TutorialGuide.wrap(text, width: nil) == text)
    }

    @Test func progressIsKeptAcrossSessions() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/kamaki/tutorials.json"
            let progress = TutorialProgress(path: path)
            #expect(progress.step(of: "network") == 0)
            progress.save("network", step: 7)
            #expect(TutorialProgress(path: path).step(of: "network") == 7)
        }
    }

    @Test func unknownTutorialIsAClearError() {
        #expect(throws: TutorialError.unknown("nope", available: ["network"])) { try Tutorial.load("nope") }
    }
}
