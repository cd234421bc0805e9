import Foundation
import KamakiTestSupport
import Testing

/// Names where ids go, in the shell; and a tutorial's start: on a world where it already ran it
/// offers `tutorial reset` (a y/N question), a finished one offers to start over.
@Suite(.serialized) struct NamesAndTutorialStartTests {
    @Test func namesWorkWhereIdsGoInTheShell() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        var out = try shell.run("network create --name='My Private Net'")
        #expect(out.contains("id: 2"), "\(out)")
        _ = try shell.run("ip create --network-id=1")
        out = try shell.run("network info 'My Private Net'")
        #expect(out.contains("id: 2") && out.contains("name: My Private Net"), "\(out)")
        out = try shell.run("ip info 192.168.3.5")
        #expect(out.contains("id: 8"), "\(out)")
        _ = try shell.run("network")
        out = try shell.run("info \"My Private Net\"")
        #expect(out.contains("id: 2"), "in a context too: \(out)")
        out = try shell.run("/server info 'Server 1'")
        #expect(out.contains("Several servers are named Server 1: 141, 142"), "\(out)")
        #expect(out.contains("141  Server 1  ACTIVE"), "\(out)")
        out = try shell.run("/network info 'No Such Net'")
        #expect(out.contains("(404) No network named No Such Net"), "\(out)")
    }

    @Test func aChangedWorldOffersAResetAndResetAsksFirst() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("network create --name=extra")
        try answer(shell, "tutorial network", question: "first? Every change made on it is lost. [y/N]", with: "y")
        var screen = try shell.waitFor("the first step") { $0.contains("[network 1/30]") && ShellTmux.lastLineIsPrompt($0) }
        #expect(screen.contains("networks 1, 2 (the tutorial starts with 1)"), "\(screen)")
        #expect(screen.contains("The local cloud is back at the tutorial's start"), "\(screen)")
        #expect(try shell.prompt() == "[local]: kamaki server list")

        // The hint on how to run a step is shown on the first two steps only.
        for step in 1...3 {
            let before = ShellTmux.promptLines(try shell.screen()).count
            try shell.press("Enter")
            screen = try shell.waitFor("step \(step + 1)") { ShellTmux.promptLines($0).count > before && ShellTmux.lastLineIsPrompt($0) }
            let shown = ShellTmux.outputOfLastCommand(screen)
            #expect(shown.contains("[network \(step + 1)/30]"), "\(shown)")
            #expect(shown.contains("Press Enter to run it") == (step < 2), "step \(step + 1): \(shown)")
        }
        #expect(try shell.prompt() == "[local]: kamaki network connect 2 --device-id=141 --device-id=142", "network 2 again")

        // tutorial reset asks; No keeps everything.
        try shell.press("C-u")
        try answer(shell, "tutorial reset", question: "Every change made on it is lost. [y/N]", with: "n")
        screen = try shell.waitForPrompt()
        #expect(ShellTmux.outputOfLastCommand(screen).contains("Nothing was reset."))
        try shell.press("C-u")
        #expect(try shell.run("/network list").contains("2 My Private Net"))
    }

    @Test func aFinishedTutorialOffersToStartOver() throws {
        let home = NSTemporaryDirectory() + "kamaki-shell-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/state/kamaki", withIntermediateDirectories: true)
        try #"{"network":30}"#.write(toFile: home + "/state/kamaki/tutorials.json", atomically: true, encoding: .utf8)
        let shell = try ShellTmux(home: home)
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        try answer(shell, "tutorial network", question: "Start it over? [y/N]", with: "n")
        var screen = try shell.waitForPrompt()
        #expect(ShellTmux.outputOfLastCommand(screen).contains("tutorial is finished"), "\(screen)")
        _ = try shell.run("tutorial stop")
        try answer(shell, "tutorial network", question: "Start it over? [y/N]", with: "y")
        screen = try shell.waitFor("the first step") { $0.contains("[network 1/30]") && ShellTmux.lastLineIsPrompt($0) }
        #expect(try shell.prompt() == "[local]: kamaki server list")
        #expect(!ShellTmux.outputOfLastCommand(screen).contains("not at the tutorial's start"), "a fresh world needs no reset")
    }

    /// Types `line`, waits for the y/N question and answers it.
    private func answer(_ shell: ShellTmux, _ line: String, question: String, with reply: String) throws {
        try shell.type(line)
        try shell.press("Enter")
        try shell.waitFor("the question") { $0.hasSuffix(question) }
        try shell.type(reply)
        try shell.press("Enter")
    }
}

/// Scripts name the line that failed; `kamaki shell FILE` runs a file; the shell's and the
/// tutorial's own help.
@Suite(.temporaryDirectoriesPerTest) struct ShellScriptLinesTests {
    @Test func aFailingLineIsNamedWithItsNumber() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        let script = "# a comment\nnetwork\n\ninfo 99\nlist\n"
        var r = try BinaryRun.run(kamaki, [], environment: environment, input: script)
        #expect(r.status == 1)
        #expect(r.err.contains("\nline 4: info 99: (404) No network with id 99 found\n"), "\(r.err)")
        #expect(!r.out.contains("public_network"), "the script stopped")

        r = try BinaryRun.run(
            kamaki, ["shell", "--keep-going"], environment: environment, input: "frobnicate\nserver info 'Server 1'\nserver list\n")
        #expect(r.status == 1, "the last failing line's status")
        #expect(r.err.contains("line 1: frobnicate: "), "\(r.err)")
        #expect(r.err.contains("line 2: server info 'Server 1': Several servers are named Server 1"), "\(r.err)")
        #expect(r.out.contains("141 Server 1"))

        // A quoted word over two lines: the first line's number; secrets masked as in the history.
        r = try BinaryRun.run(
            kamaki, ["shell", "--keep-going"], environment: environment,
            input: "network create --name='two\nlines' --nosuch\nconfig set cloud.x.token s3cr3t --nosuch\n")
        #expect(r.err.contains("line 1: network create --name='two\\nlines' --nosuch: Error: "), "\(r.err)")
        #expect(r.err.contains("line 3: config set cloud.x.token ..."), "\(r.err)")
        #expect(!r.err.contains("s3cr3t"))
    }

    @Test func aScriptFileRuns() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        let home = try #require(environment["HOME"])
        let path = home + "/script.kmk"
        try "server list\nip info 99\r\nserver list\n".write(toFile: path, atomically: true, encoding: .utf8)
        var r = try BinaryRun.run(kamaki, ["shell", path], environment: environment, input: "network list\n")
        #expect(r.status == 1)
        #expect(r.out == "141 Server 1\n142 Server 1\n", "the file's lines, not standard input's")
        #expect(r.err.contains("line 2: ip info 99: (404) No floating IP with id 99 found"), "\(r.err)")
        r = try BinaryRun.run(kamaki, ["shell", "--cloud", "local", path, "--keep-going"], environment: environment, input: "")
        #expect(r.status == 1 && r.out.hasSuffix("142 Server 1\n141 Server 1\n142 Server 1\n"), "\(r.out)")
        r = try BinaryRun.run(kamaki, ["shell", home + "/nothing.kmk"], environment: environment, input: "")
        #expect(r.status == 1 && r.err.contains("kamaki shell: cannot read the script"), "\(r.err)")
    }

    @Test func shellAndTutorialHaveTheirOwnHelp() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        var r = try BinaryRun.run(kamaki, ["shell", "-h"], environment: environment, input: "")
        #expect(r.status == 0 && r.out.contains("USAGE: kamaki shell [--keep-going] [<file>]"), "\(r.out)\(r.err)")
        #expect(r.out.contains("--keep-going    Run every line of a script") && r.out.contains("EXIT STATUS:"))
        r = try BinaryRun.run(kamaki, ["tutorial", "--help"], environment: environment, input: "")
        #expect(r.status == 0 && r.out.contains("USAGE: kamaki tutorial [<name>]"), "\(r.out)\(r.err)")
        #expect(r.out.contains("  network ") && r.out.contains("  servers "))
        r = try BinaryRun.run(kamaki, ["--help"], environment: environment, input: "")
        #expect(
            r.out.contains("kamaki shell [<file>]      the shell") && r.out.contains("kamaki tutorial [<name>]   a guided tutorial"),
            "\(r.out)")
    }
}
