import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import KamakiTestSupport
import Testing

/// The networking tutorial through the command layer, on a fresh embedded cloud with no configuration.
@Suite struct TutorialCommandTests {
    @Test func tutorialInOrder() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        var notices = 0
        try await TutorialWalk.walk { words in
            let r = await h.run(words)
            if r.err.contains("Using the embedded local cloud") { notices += 1 }
            return TutorialWalk.Outcome(status: r.status, out: r.out, err: r.err)
        }
        #expect(notices == 1, "the notice is shown once per state file")
        let reset = await h.run("local", "reset")
        #expect(reset.status == 0)
        #expect(await h.run("network", "list").out == "1 public_network ( public )\n")
        #expect(await h.run("ip", "list").out == "")
    }
}
