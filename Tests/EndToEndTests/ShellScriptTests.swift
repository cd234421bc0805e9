import Foundation
import KamakiTestSupport
import Testing

/// `kamaki` with standard input not a terminal runs the lines as a script with the shell's
/// semantics (contexts, `use`, bare verbs), no prompt, stopping at the first failing line.
@Suite(.temporaryDirectoriesPerTest) struct ShellScriptTests {
    @Test func scriptUsesContextsAndStopsAtTheFirstFailingLine() throws {
        let kamaki = BinaryRun.product("kamaki")
        try #require(FileManager.default.isExecutableFile(atPath: kamaki), "build kamaki first (swift build)")
        let environment = try BinaryRun.freshEnvironment()
        let script = """
            # the tutorial's IP steps, the shell way
            ip
            create --network-id=1
            use server 142
            attach 8 --wait
            ..
            kamaki server list
            frobnicate
            server list

            """
        let run = try BinaryRun.run(kamaki, [], environment: environment, input: script)
        #expect(run.status == 2)
        #expect(run.out.contains("id: 8"))
        #expect(run.out.contains("device_id: 142"))
        #expect(run.err.contains("Using server 142 from the session context"))
        #expect(run.err.contains("frobnicate: unknown command"))
        #expect(run.out.hasSuffix("141 Server 1\n142 Server 1\n"), "the line after the failing one did not run")
        #expect(!run.out.contains("[local"), "no prompt in a script")
    }

    @Test func keepGoingRunsEveryLineAndAFailingCommandGivesItsStatus() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        let failing = try BinaryRun.run(kamaki, [], environment: environment, input: "network info 99\nserver list\n")
        #expect(failing.status == 1)
        #expect(!failing.out.contains("141 Server 1"))
        let going = try BinaryRun.run(kamaki, ["shell", "--keep-going"], environment: environment, input: "network info 99\nserver list\n")
        #expect(going.status == 1)
        #expect(going.out.contains("141 Server 1"))
        let quoted = try BinaryRun.run(kamaki, ["shell"], environment: environment, input: "network create --name='two\nlines'\nexit\n")
        #expect(quoted.status == 0)
        #expect(quoted.out.contains("name: two"), "a quoted value continues on the next line")
    }
}
