import Foundation
import KamakiCommands
import Testing

@testable import KamakiShell

/// What a tutorial checks before its first step, the hint only its first steps show, and how
/// `kamaki shell` picks its script file and labels a script's failing line.
@Suite struct TutorialStartTests {
    @Test func theWorldIsComparedWithTheTutorialsStart() {
        #expect(TutorialWorld.start.differences().isEmpty)
        var world = TutorialWorld.start
        world.networks = ["2", "1", "3"]
        world.floatingIPs = ["9", "10", "8"]
        #expect(
            world.differences() == [
                "networks 1, 2, 3 (the tutorial starts with 1)", "floating IPs 8, 9, 10 (the tutorial starts with none)",
            ])
        world = TutorialWorld.start
        world.servers = ["141"]
        world.keypairs = (1...10).map { "key\($0)" } + ["evil\u{1b}[2J"]
        let differences = world.differences()
        #expect(differences.first == "servers 141 (the tutorial starts with 141, 142)")
        #expect(differences.last?.hasSuffix(", … (11) (the tutorial starts with none)") == true, "\(differences)")
        #expect(!differences.joined().contains("\u{1b}"))
    }

    @Test func onlyTheFirstStepsSayHowToRunAStep() throws {
        let tutorial = try Tutorial.load("network")
        let hint = "Press Enter to run it"
        for index in 0..<6 where !tutorial.steps[index].isNote {
            let shown = TutorialGuide(tutorial: tutorial, index: index).introduction()
            #expect(shown.contains(hint) == (index < 2), "step \(index + 1): \(shown)")
        }
    }

    @Test func theScriptFileIsTheFirstWordThatIsNoOption() {
        let cases: [([String], String?, [String])] = [
            (["script.kmk"], "script.kmk", []),
            (["--cloud", "lab", "script.kmk", "-v"], "script.kmk", ["--cloud", "lab", "-v"]),
            (["-o", "cloud.x.url=u", "-c", "rc"], nil, ["-o", "cloud.x.url=u", "-c", "rc"]),
            (["--", "-odd.kmk"], "-odd.kmk", []),
            (["-vv"], nil, ["-vv"]),
        ]
        for (words, path, rest) in cases {
            var arguments = words
            #expect(ShellUsage.scriptPath(in: &arguments) == path, "\(words)")
            #expect(arguments == rest, "\(words)")
        }
        #expect(ShellUsage.requested(["--cloud", "x", "-h"], tutorial: false) == ShellUsage.shellHelp)
        #expect(ShellUsage.requested(["--help"], tutorial: true)?.contains("USAGE: kamaki tutorial") == true)
        #expect(ShellUsage.requested(["--", "-h"], tutorial: false) == nil)
    }

    @Test func aScriptLabelsOnlyWhyALineFailed() {
        let base = BufferedOutput()
        let labelled = ScriptLineOutput(base: base, label: "line 3: info 99: ")
        labelled.note("Using network 2 from the session context")
        labelled.failure("(404) No network with id 99 found\n|  To list networks:\n")
        #expect(
            base.error
                == "Using network 2 from the session context\nline 3: info 99: (404) No network with id 99 found\n|  To list networks:\n")
    }
}
