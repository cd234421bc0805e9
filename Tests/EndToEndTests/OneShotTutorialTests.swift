import Foundation
import KamakiTestSupport
import Testing

/// The built `kamaki` binary runs every command of the tutorial against a fresh embedded cloud,
/// with no configuration at all.
@Suite(.temporaryDirectoriesPerTest) struct OneShotTutorialTests {
    /// Also through a command server (what one-shot commands use by default): each command
    /// runs in the server, with the same results.
    @Test(arguments: [false, true]) func tutorialWithTheBuiltBinaryAndNoConfiguration(throughCommandServer: Bool) async throws {
        let kamaki = BinaryRun.product("kamaki")
        try #require(FileManager.default.isExecutableFile(atPath: kamaki), "build kamaki first (swift build)")
        let alone = try BinaryRun.freshEnvironment()
        let environment = throughCommandServer ? try alone.withCommandServer() : alone
        let server = throughCommandServer ? try CommandServerProcess(environment: environment) : nil
        defer { server?.stop() }
        var announced = 0
        var commands = 0
        try await TutorialWalk.walk { words in
            let r = try BinaryRun.run(kamaki, words, environment: environment)
            if r.err.contains("Using the embedded local cloud") { announced += 1 }
            commands += 1
            return TutorialWalk.Outcome(status: r.status, out: r.out, err: r.err)
        }
        try server?.waitForServed(commands)  // every command ran in the server
        #expect(announced == 1, "the embedded-cloud notice appears once per state file")
        let home = try #require(environment["HOME"])
        let history = try String(contentsOfFile: home + "/.kamaki.history", encoding: .utf8)
        #expect(history.contains("kamaki ip attach 8 --server-id=141 --wait"))
    }

    @Test func scriptErrorsExitNonZeroWithoutCrashing() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        let unknown = try BinaryRun.run(kamaki, ["network", "info", "999"], environment: environment)
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("No network with id 999 found"))
        let usage = try BinaryRun.run(kamaki, ["port", "create", "--network-id"], environment: environment)
        #expect(usage.status == 2)
        let version = try BinaryRun.run(kamaki, ["-V"], environment: environment)
        #expect(version.status == 0)
        #expect(version.out.hasPrefix("kamaki "))
    }

    @Test func globalOptionsAloneRunTheShellOrAScript() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        let script = "network list\nnetwork info 999\nserver list\n"
        let going = try BinaryRun.run(kamaki, ["--keep-going"], environment: environment, input: script)
        #expect(going.status == 1, "the last failing line's status")
        #expect(going.out.hasSuffix("141 Server 1\n142 Server 1\n"), "every line ran")
        let stopping = try BinaryRun.run(kamaki, ["--cloud", "local"], environment: environment, input: script)
        #expect(stopping.status == 1)
        #expect(!stopping.out.contains("141 Server 1"), "a script stops at its first failing line")
    }
}
