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
        #expect(Tutorial.available == ["network", "servers"])
    }

    @Test func shippedServersDataCoversTheGuide() throws {
        let tutorial = try Tutorial.load("servers")
        let commands = tutorial.steps.map(\.command)
        // The commands of shared/tutorial/server.rst, in order, with this cloud's ids.
        let required = [
            "kamaki flavor list -l", "kamaki image list",
            "kamaki server create --name='My First Server' --flavor-id=1 --image-id=f1r57-1m4g3-1d", "kamaki server wait 144",
            "kamaki server delete 144 --wait",
            "kamaki server create --network=1,192.168.3.5 --name='Extrovert Server' --flavor-id=1 --image-id=f1r57-1m4g3-1d",
            "kamaki server create --network=2 --name='Introvert Server' --flavor-id=1 --image-id=f1r57-1m4g3-1d",
            "kamaki keypair generate --key-name \"My Generated Key\" --output-format json", "kamaki keypair list",
            "kamaki server create --name='my cluster ' --flavor-id=1 --image-id=f1r57-1m4g3-1d --cluster-size=4 --wait",
            "kamaki server list --name-prefix='my cluster '", "kamaki server delete --cluster 'my cluster ' --wait",
        ]
        var position = 0
        for command in required {
            let found = try #require(commands[position...].firstIndex(of: command), "missing or out of order: \(command)")
            position = found + 1
        }
        #expect(commands.contains { $0.hasPrefix("kamaki keypair upload --key-name \"My Uploaded Key\" --public-key \"ssh-rsa ") })
        #expect(tutorial.steps.contains { $0.isNote && $0.command.contains(" -p ") }, "personality is shown, not run")
        #expect(tutorial.steps.filter { $0.expectedFailure == true }.map(\.expect?.status) == [1], "the second cluster's 413")
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
        #expect(throws: TutorialError.unknown("nope", available: ["network", "servers"])) { try Tutorial.load("nope") }
    }
}
