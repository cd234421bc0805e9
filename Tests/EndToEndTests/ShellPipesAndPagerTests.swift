import Foundation
import Testing

/// Pipes, redirection and the pager in the built `kamaki` shell, in tmux: the command's output
/// reaches `/bin/sh`'s commands and files; Ctrl-C stops a piped wait; long output goes through
/// the pager, and quitting it returns to the prompt.
@Suite(.serialized) struct ShellPipesAndPagerTests {
    @Test func grepWcAndRedirectionToAFile() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        #expect(try shell.run("server list | grep 141") == "141 Server 1")
        #expect(try shell.run("server list|wc -l").trimmingCharacters(in: .whitespaces) == "2")
        let file = shell.home + "/nets.txt"
        #expect(try shell.run("network list -l > \(file)") == "")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.hasPrefix("1 "), "\(saved)")
        // >> appends; > does not overwrite an existing file (noclobber), and says what does.
        #expect(try shell.run("server list >> \(file)") == "")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == saved + "141 Server 1\n142 Server 1\n")
        let refused = try shell.run("server list > \(file)")
        #expect(refused.contains("exists, and > never overwrites a file: use >| to replace it or >> to append"), "\(refused)")
        // Quotes keep | as text; a bare verb in a group pipes too; errors stay on the terminal.
        _ = try shell.run("server")
        #expect(try shell.run("list | grep 'Server 1' | wc -l").trimmingCharacters(in: .whitespaces) == "2")
        let failed = try shell.run("info 99 | wc -l")
        #expect(failed.contains("(404)"), "\(failed)")
        #expect(try shell.run("list | ").contains("|: give a command after it"))
    }

    @Test func ctrlCStopsAPipedWaitAndItsReader() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("network create --name=wait-net")
        _ = try shell.run("network connect 2 --device-id=141")
        try shell.type("port wait 11 --until DOWN | cat")
        try shell.press("Enter")
        // The wait's progress is on stderr: the terminal, not the pipe.
        try shell.waitFor("the wait to show progress") { $0.contains("Port 11 status not yet DOWN") }
        try shell.press("C-c")
        // The prompt comes back only once /bin/sh and cat have ended (the shell waits for them).
        try shell.waitFor("the prompt after Ctrl-C") { ShellTmux.lastLineIsPrompt($0) }
        #expect(try shell.run("server list | cat") == "141 Server 1\n142 Server 1")
    }

    @Test func longOutputGoesThroughThePagerAndShortOutputDoesNot() throws {
        // A pager that marks each line: the output went through it.
        let shell = try ShellTmux(environment: ["PAGER=sed 's/^/paged: /'", "LINES=10"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        let long = try shell.run("server list -l")
        #expect(long.contains("paged: 141 Server 1"), "\(long)")
        // Every line went through it ("paged: " on an empty line shows as "paged:").
        #expect(!long.split(separator: "\n").contains { !$0.hasPrefix("paged:") }, "\(long)")
        #expect(try shell.run("server list") == "141 Server 1\n142 Server 1")
        // --more pages output that fits.
        #expect(try shell.run("server list --more") == "paged: 141 Server 1\npaged: 142 Server 1")
        // Piped or redirected output is never paged.
        #expect(try shell.run("server list -l | head -1") == "141 Server 1")
        // The config turns it off.
        _ = try shell.run("config set pager off")
        #expect(try shell.run("server list -l").hasPrefix("141 Server 1"))
    }

    @Test func lessShowsLongOutputAndQuittingReturnsToThePrompt() throws {
        let shell = try ShellTmux(environment: ["PAGER=less", "LINES=10"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        try shell.type("server list -l")
        try shell.press("Enter")
        // The list is longer than the pane: less shows its first screen and its prompt, `:`.
        try shell.waitFor("less to show the list") { $0.contains("141 Server 1") && $0.hasSuffix("\n:") }
        try shell.press("q")
        try shell.waitFor("the prompt after quitting less") { ShellTmux.lastLineIsPrompt($0) }
        #expect(try shell.run("server list") == "141 Server 1\n142 Server 1")
    }

    @Test func emptyKamakiPagerTurnsPagingOff() throws {
        let shell = try ShellTmux(environment: ["PAGER=sed 's/^/paged: /'", "LINES=10", "KAMAKI_PAGER="])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        let long = try shell.run("server list -l")
        #expect(long.hasPrefix("141 Server 1"), "\(long)")
        #expect(!long.contains("paged: "))
    }

    @Test func oneShotPagesWithMoreOnlyAndOnATerminal() throws {
        let home = NSTemporaryDirectory() + "kamaki-pager-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let kamaki = ShellTmux.quoted(BinaryRun.product("kamaki"))
        let environment = [
            "HOME=\(home)", "XDG_STATE_HOME=\(home)/state", "XDG_CACHE_HOME=\(home)/cache", "PATH=/usr/bin:/bin", "TERM=screen",
            "PAGER=sed 's/^/paged: /'",
        ].map(ShellTmux.quoted).joined(separator: " ")
        // --more pages even short output; without it nothing is paged; into a pipe --more does not page.
        let script = [
            "\(kamaki) server list --more", "echo [more $?]", "\(kamaki) server list", "echo [plain $?]",
            "\(kamaki) server list --more | cat", "echo [piped $?]", "sleep 3600",
        ].joined(separator: "; ")
        let pane = try ShellTmux(command: "env -i \(environment) sh -c \(ShellTmux.quoted(script))", home: home)
        let screen = try pane.waitFor("the three runs") { $0.contains("[piped ") }
        let lines = screen.split(separator: "\n").filter { !$0.hasPrefix("Using the embedded") && !$0.hasPrefix("To use a real cloud") }
        #expect(
            lines == [
                "paged: 141 Server 1", "paged: 142 Server 1", "[more 0]", "141 Server 1", "142 Server 1", "[plain 0]", "141 Server 1",
                "142 Server 1", "[piped 0]",
            ], "\(screen)")
    }
}
