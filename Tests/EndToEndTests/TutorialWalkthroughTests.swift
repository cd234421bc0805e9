import Foundation
import KamakiTestSupport
import Testing

/// `kamaki tutorial` driven through tmux: Enter accepts each pre-filled command, `next` passes the
/// notes, `tutorial stop` and `tutorial network` resume where it was left; at the end the cloud is
/// back at its start (network 2 deleted, IPs released, quota as seeded).
@Suite(.serialized) struct TutorialWalkthroughTests {
    @Test func acceptEveryPrefilledCommandToTheEnd() throws {
        let shell = try ShellTmux(arguments: ["tutorial"])
        defer { shell.removeHome() }
        try shell.waitFor("the first step") { $0.contains("[network 1/30]") && ShellTmux.lastLineIsPrompt($0) }
        #expect(try shell.prompt() == "[local]: kamaki server list", "the step's command is on the edit line")

        var steps = 0
        var resumed = false
        while steps < 80 {
            let screen = try shell.screen()
            if screen.contains("tutorial is finished") { break }
            let before = ShellTmux.promptLines(screen).count
            let last = try shell.prompt()
            if steps == 3 && !resumed {
                // Leave and come back: the walkthrough resumes at the same step.
                try shell.press("C-u")
                _ = try shell.run("tutorial stop")
                let back = try shell.run("tutorial network")
                #expect(back.contains("Resuming at step 4 of 30"), "\(back)")
                resumed = true
                continue
            }
            if last.hasSuffix("]:") {
                try shell.type("next")  // a note: nothing pre-filled
            }
            try shell.press("Enter")
            try shell.waitFor("the next step", timeout: .seconds(60)) {
                ShellTmux.promptLines($0).count > before && ShellTmux.lastLineIsPrompt($0)
            }
            steps += 1
        }
        let screen = try shell.screen()
        #expect(screen.contains("tutorial is finished"), "\(screen.suffix(2000))")
        #expect(!screen.contains("differs from the tutorial"), "every step showed what the tutorial documents")
        #expect(screen.contains("(409) IP address '192.168.3.5' is already in use"))
        #expect(screen.contains("(413) REQUEST ENTITY TOO LARGE"))

        _ = try shell.run("tutorial stop")
        #expect(try shell.run("kamaki network list") == "1 public_network ( public )")
        #expect(try shell.run("kamaki ip list") == "")
        let quota = try shell.run("kamaki quota list")
        #expect(quota.contains("cyclades.floating_ip:\n        usage: 0\n        limit: 3"))
        #expect(quota.contains("cyclades.network.private:\n        usage: 0\n        limit: 5"))
    }
}

/// What the guide does off its path: other commands, a step that fails, a note, the end.
@Suite(.serialized) struct TutorialGuideShellTests {
    @Test func offThePathTheStepStaysAndItsCommandComesBack() throws {
        let shell = try ShellTmux(arguments: ["tutorial"])
        defer { shell.removeHome() }
        try shell.waitFor("the first step") { $0.contains("[network 1/30]") && ShellTmux.lastLineIsPrompt($0) }
        // Another command runs; the step's command comes back on the line.
        try shell.press("C-u")
        var shown = try shell.run("server info 141")
        #expect(shown.contains("(The tutorial is still at step 1; its command is back on the line.)"), "\(shown)")
        #expect(try shell.prompt() == "[local]: kamaki server list")
        // A mistyped line too.
        try shell.press("C-u")
        shown = try shell.run("netwrk list")
        #expect(shown.contains("did you mean network?") && shown.contains("still at step 1"), "\(shown)")
        #expect(try shell.prompt() == "[local]: kamaki server list")
        // Skipping to `network connect 2` before network 2 exists: the step fails and stays current.
        for _ in 0..<3 {
            try shell.press("C-u")
            _ = try shell.run("skip")
        }
        #expect(try shell.prompt() == "[local]: kamaki network connect 2 --device-id=141 --device-id=142")
        let before = ShellTmux.promptLines(try shell.screen()).count
        try shell.press("Enter")
        let failed = try shell.waitFor("the failed step") { ShellTmux.promptLines($0).count > before && ShellTmux.lastLineIsPrompt($0) }
        shown = ShellTmux.outputOfLastCommand(failed)
        #expect(shown.contains("The step stays current"), "\(shown)")
        #expect(!shown.contains("[network 5/30]"), "\(shown)")
        #expect(try shell.prompt() == "[local]: kamaki network connect 2 --device-id=141 --device-id=142")
        // On a note, Enter continues.
        try shell.press("C-u")
        shown = try shell.run("skip")
        #expect(shown.contains("[network 5/30]") && shown.contains("(a note: Enter or `next` continues)"), "\(shown)")
        shown = try shell.run("")
        #expect(shown.contains("[network 6/30]"), "\(shown)")
        // At the end, stopping and starting again say so instead of counting past the last step.
        for _ in 0..<25 {
            try shell.press("C-u")
            _ = try shell.run("skip")
        }
        #expect(try shell.screen().contains("tutorial is finished"))
        shown = try shell.run("tutorial stop")
        #expect(shown.contains("Left the finished network tutorial; `tutorial network` offers to start it over."), "\(shown)")
        try shell.type("tutorial network")
        try shell.press("Enter")
        try shell.waitFor("the offer to start over") { $0.hasSuffix("Start it over? [y/N]") }
        shown = try shell.run("n")
        #expect(!shown.contains("Resuming"), "\(shown)")
        #expect(shown.contains("tutorial is finished"), "\(shown)")
    }
}

/// Tutorial commands in script mode (stdin not a terminal): reset, and the refusal on a real cloud.
@Suite(.temporaryDirectoriesPerTest) struct TutorialScriptTests {
    @Test func resetRestoresTheStartingWorld() throws {
        let environment = try BinaryRun.freshEnvironment()
        let script = "tutorial network\nkamaki network create --name=extra\ntutorial reset --yes\nkamaki network list\ntutorial stop\n"
        let r = try BinaryRun.run(BinaryRun.product("kamaki"), [], environment: environment, input: script)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("[network 1/30]"))
        #expect(
            r.out.hasSuffix("1 public_network ( public )\nLeft the network tutorial at step 1; `tutorial network` resumes it.\n"),
            "\(r.out)")
    }

    /// Nothing typed by accident resets the local cloud: a script cannot answer the question, and
    /// a world the tutorial already changed is only reported.
    @Test func resetAsksAndAScriptMustSayYes() throws {
        let environment = try BinaryRun.freshEnvironment()
        let script = "network create --name=extra\ntutorial network\ntutorial reset\nnetwork list\n"
        let r = try BinaryRun.run(BinaryRun.product("kamaki"), ["--keep-going"], environment: environment, input: script)
        #expect(r.status == 2, "\(r.err)")
        #expect(
            r.out.contains("The local cloud is not at the tutorial's start") && r.out.contains("networks 1, 2 (the tutorial starts with 1)")
        )
        #expect(r.out.contains("Going on without a reset"), "\(r.out)")
        #expect(r.err.contains("line 3: tutorial reset: tutorial reset asks before it resets the local cloud"), "\(r.err)")
        #expect(r.out.contains("1 public_network ( public )\n2 extra"), "nothing was reset: \(r.out)")
        let wrong = try BinaryRun.run(BinaryRun.product("kamaki"), [], environment: environment, input: "tutorial reset now\n")
        #expect(wrong.status == 2 && wrong.err.contains("use tutorial reset [--yes]"), "\(wrong.err)")
    }

    /// Interactively, on a cloud that cannot be reached: the error block, and no question, no step.
    @Test func onACloudThatCannotBeReadItDoesNotStart() throws {
        let home = NSTemporaryDirectory() + "kamaki-shell-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try "[cloud \"far\"]\nurl = http://127.0.0.1:1/identity/v2.0\ntoken = t\n".write(
            toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
        let shell = try ShellTmux(home: home)
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        let out = try shell.run("tutorial network")
        #expect(out.contains("Reading cloud \"far\""), "\(out)")
        #expect(out.contains("127.0.0.1:1"), "the error names the cloud it could not reach: \(out)")
        #expect(out.hasSuffix("The tutorial did not start."), "\(out)")
        #expect(!out.contains("Continue?") && !out.contains("[network 1/"), "\(out)")
        #expect(try shell.prompt() == "[far]:")
    }

    /// A running tutorial stops when the session moves to another cloud: its ids are the old cloud's.
    @Test func aTutorialStopsWhenTheSessionMovesToAnotherCloud() throws {
        let home = NSTemporaryDirectory() + "kamaki-shell-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try "[cloud \"far\"]\nurl = http://127.0.0.1:1/identity/v2.0\ntoken = t\n".write(
            toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
        let shell = try ShellTmux(home: home, arguments: ["--cloud", "local"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("tutorial network")
        #expect(try shell.prompt() == "[local]: kamaki server list")
        try shell.press("C-u")
        let moved = try shell.run("use cloud far")
        #expect(moved.contains("The network tutorial stopped: its steps were for the cloud the session left"), "\(moved)")
        #expect(try shell.prompt() == "[far]:", "nothing pre-filled")
        #expect(try shell.run("next").contains("No tutorial is running"))
    }

    @Test func onAnotherCloudItDoesNotStartWithoutConfirmation() throws {
        let environment = try BinaryRun.freshEnvironment(cloud: "http://127.0.0.1:1/identity/v2.0", token: "t", name: "real")
        let r = try BinaryRun.run(BinaryRun.product("kamaki"), ["tutorial"], environment: environment, input: "")
        #expect(r.err.contains("creates and deletes resources"))
        #expect(r.err.contains("The tutorial did not start."))
        let unknown = try BinaryRun.run(BinaryRun.product("kamaki"), [], environment: environment, input: "tutorial nope\n")
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("No tutorial named nope; available: network"))
        let reset = try BinaryRun.run(BinaryRun.product("kamaki"), [], environment: environment, input: "tutorial reset --yes\n")
        #expect(reset.status == 0, "\(reset.err)")
        #expect(
            reset.out.contains(
                "kamaki resets only the embedded local cloud, not cloud \"real\": the network tutorial starts over at step 1."),
            "\(reset.out)")
        #expect(reset.out.contains("`tutorial network` starts it."), "\(reset.out)")
        let stray = try BinaryRun.run(BinaryRun.product("kamaki"), [], environment: environment, input: "next\n")
        #expect(stray.status == 2)
        #expect(stray.err.contains("No tutorial is running"))
    }
}
