import Foundation
import Testing

/// The interactive shell of the built binary in tmux: completion, session context, history (Up,
/// Ctrl-R) across restarts, Ctrl-C during a wait, Ctrl-Z and fg, and UTF-8 input.
@Suite(.serialized) struct ShellInteractionTests {
    @Test func tabCompletesVerbsAndListsFloatingIPsWithAddresses() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        let start = try shell.waitForPrompt()
        // On a fresh machine the shell says at once which cloud it uses, before its greeting.
        #expect(start.hasPrefix("Using the embedded local cloud (state: \(shell.home)/state/kamaki/local.sqlite).\n"))
        #expect(start.contains("kamaki config set cloud.default.token <TOKEN>\nkamaki shell: help"))
        try shell.type("ip att")
        try shell.press("Tab")
        try shell.waitFor("ip attach completed") { $0.hasSuffix("[local]: ip attach") }
        try shell.press("C-u")

        _ = try shell.run("ip create --network-id=1")
        _ = try shell.run("ip create --network-id=1")
        try shell.type("ip attach ")
        try shell.press("Tab")
        let listed = try shell.waitFor("the floating IPs listed") { $0.contains("9  192.168.3.6  free") }
        #expect(listed.contains("8  192.168.3.5  free"))
        // The list is printed under the line, and the line is shown again below it.
        #expect(listed.hasSuffix("[local]: ip attach"))

        // A typed address completes to its id; --server-id= completes server ids.
        try shell.type("192.168.3.6")
        try shell.press("Tab")
        try shell.waitFor("the address replaced by its id") { $0.hasSuffix("[local]: ip attach 9") }
        try shell.type("--server-i")
        try shell.press("Tab")
        try shell.waitFor("the option completed with =") { $0.hasSuffix("ip attach 9 --server-id=") }
        try shell.press("Tab")
        try shell.waitFor("the servers' common prefix") { $0.hasSuffix("ip attach 9 --server-id=14") }
        try shell.press("Tab")
        let servers = try shell.waitFor("the servers listed") { $0.contains("142  Server 1") }
        #expect(servers.contains("141  Server 1"))
        try shell.press("C-u")
    }

    @Test func useServerThenBareAttachUsesIt() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("use server 142")
        #expect(try shell.prompt() == "[local server:142]:")
        _ = try shell.run("ip")
        #expect(try shell.prompt() == "[local ip server:142]:")
        var out = try shell.run("create --network-id=1")
        #expect(out.contains("id: 8"))
        out = try shell.run("attach 8 --wait")
        #expect(out.contains("Using server 142 from the session context"))
        #expect(out.contains("device_id: 142"))
        out = try shell.run("context")
        #expect(out.contains("server:  142"))
        _ = try shell.run("unuse")
        #expect(try shell.prompt() == "[local ip]:")
        out = try shell.run("list")
        #expect(out.contains("instance_id: 142"))
        // A verb that several groups have is an error that lists them, and the session goes on.
        out = try shell.run("/list")
        #expect(out.contains("list: which group? network list, subnet list, port list, ip list, server list, quota list"))
    }

    @Test func historyIsRecalledWithUpAfterARestart() throws {
        let first = try ShellTmux()
        try first.waitForPrompt()
        _ = try first.run("server list")
        _ = try first.run(" network list")  // a leading space keeps a line out of history
        try first.press("C-d")
        try first.waitFor("the first shell to exit") { $0.contains(ShellTmux.exitMarker + "0]") }
        let path = first.home + "/state/kamaki/shell_history"
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains("server\\040list"))
        #expect(!saved.contains("network"))

        let second = try ShellTmux(home: first.home)
        defer { second.removeHome() }
        try second.waitForPrompt()
        try second.press("Up")
        try second.waitFor("the last line recalled") { $0.hasSuffix("[local]: server list") }
        try second.press("Enter")
        try second.waitFor("the recalled line to run") { $0.hasSuffix("141 Server 1\n142 Server 1\n[local]:") }
        let kamakiHistory = try String(contentsOfFile: first.home + "/.kamaki.history", encoding: .utf8)
        #expect(kamakiHistory.contains("server list"))
    }

    @Test func ctrlCDuringAWaitReturnsToAWorkingPrompt() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("network create --name=wait-net")
        _ = try shell.run("network connect 2 --device-id=141")
        try shell.type("port wait 11 --until DOWN")
        try shell.press("Enter")
        try shell.waitFor("the wait to show progress") { $0.contains("Port 11 status not yet DOWN") }
        try shell.press("C-c")
        try shell.waitFor("the prompt after Ctrl-C") { ShellTmux.lastLineIsPrompt($0) }
        let out = try shell.run("server list")
        #expect(out == "141 Server 1\n142 Server 1")
        // Ctrl-C at the prompt clears the line and keeps the shell.
        try shell.type("network li")
        try shell.press("C-c")
        try shell.waitFor("a fresh prompt after ^C") { $0.hasSuffix("network li^C\n[local]:") }
        #expect(try shell.run("server list") == "141 Server 1\n142 Server 1")
    }

    @Test func utf8NetworkNameRoundTripsWithoutAUTF8Locale() throws {
        let shell = try ShellTmux(locale: "C")
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        let created = try shell.run("network create --name='Δίκτυο 日本'")
        #expect(created.contains("name: Δίκτυο 日本"))
        let listed = try shell.run("network list")
        #expect(listed.contains("2 Δίκτυο 日本 ( private )"))
    }

    /// Twice too: the shell reads its keys itself (for resizes), so it handles the stop and the continue itself.
    @Test(arguments: [1, 2]) func ctrlZThenFgResumesTheLineBeingTyped(stops: Int) throws {
        let shell = try ShellTmux(jobControl: true)
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        try shell.type("network li")
        // Keys not yet read by the editor would stay queued on the terminal when it stops.
        try shell.waitFor("the keys echoed") { $0.hasSuffix("[local]: network li") }
        for stop in 1...stops {
            try shell.press("C-z")
            // Stopped: bash has the terminal back and works as usual.
            try shell.waitFor("the job stopped") { $0.components(separatedBy: "Stopped").count == stop + 1 && $0.hasSuffix("$") }
            try shell.type("echo back in bash \(stop)")
            try shell.press("Enter")
            try shell.waitFor("bash ran a command") { $0.contains("\nback in bash \(stop)\n$") }
            try shell.type("fg")
            try shell.press("Enter")
            // Resumed: the prompt comes back with the half-typed line, and the editor takes keys again.
            try shell.waitFor("the line redrawn") { $0.hasSuffix("[local]: network li") }
        }
        try shell.type("st")
        try shell.press("Enter")
        let listed = try shell.waitFor("the command's output") { $0.hasSuffix("[local]:") && $0.contains("1 public_network ( public )") }
        #expect(listed.contains("[local]: network list\n"))
        #expect(listed.hasSuffix("1 public_network ( public )\n[local]:"))
        try shell.type("/exit")
        try shell.press("Enter")
        try shell.waitFor("bash's prompt again") { $0.hasSuffix("$") }
    }

    @Test func ctrlRFindsAnEarlierLineAndEnterRunsIt() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("server list")
        _ = try shell.run("network list")
        try shell.press("C-r")
        try shell.type("serv")
        // libedit's incremental search: the found line on the prompt, the search text below it.
        try shell.waitFor("the search result") { $0.hasSuffix("[local]: server list\nbck:serv") }
        try shell.press("Enter")
        let ran = try shell.waitFor("the found line run") { $0.hasSuffix("142 Server 1\n[local]:") }
        #expect(ShellTmux.outputOfLastCommand(ran).contains("141 Server 1"))
    }

    @Test func aLineRunInAGroupIsRecalledWithItsGroup() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("server")
        _ = try shell.run("list")
        _ = try shell.run("..")
        _ = try shell.run("network")
        // Recalled in another group, it still lists servers (it ran `network list` before).
        try shell.press("Up", "Up", "Up")
        try shell.waitFor("the line recalled with its group") { $0.hasSuffix("[local network]: /server list") }
        try shell.press("Enter")
        try shell.waitFor("the servers listed") { $0.hasSuffix("142 Server 1\n[local network]:") }
    }

    @Test func ctrlDAtAContinuationPromptDropsOnlyTheUnfinishedLine() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("network")
        try shell.type("create --name='half")
        try shell.press("Enter")
        try shell.waitFor("the continuation prompt") { $0.hasSuffix("...>") }
        try shell.press("C-d")
        // Still in the group (it used to leave it, or quit at the top), and nothing was created.
        try shell.waitFor("the group's prompt again") { $0.hasSuffix("[local network]:") }
        #expect(try shell.run("list") == "1 public_network ( public )")
    }

    @Test func ctrlArrowsMoveByWordsInsteadOfTypingTheirCodes() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        try shell.type("server list")
        try shell.press("C-Left")
        try shell.type("X")
        try shell.waitFor("X typed before the last word") { $0.hasSuffix("[local]: server Xlist") }
        try shell.press("C-Right")
        try shell.type("Y")
        try shell.waitFor("Y typed at the end") { $0.hasSuffix("[local]: server XlistY") }
        try shell.press("C-u")
    }

    @Test func useRefusesIDsThatNameNothing() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("network list")
        #expect(try shell.run("use network 999").contains("use: no network 999 is known; `/network list` shows them"))
        #expect(try shell.run("use server abc").contains("use: (404) No server named abc"))
        #expect(try shell.run("use network ''").contains("use: Invalid network id"))
        // `use` and a command's server take the same words: a name two servers share is neither.
        _ = try shell.run("server list -l")
        #expect(try shell.run("use server 'Server 1'").contains("use: Several servers are named Server 1: 141, 142"))
        #expect(try shell.run("server info 'Server 1'").contains("Several servers are named Server 1: 141, 142"))
        #expect(try shell.prompt() == "[local]:", "nothing was selected")
        _ = try shell.run("use network public_network")
        #expect(try shell.prompt() == "[local network:1]:")
    }

    @Test func ctrlDTypedDuringACommandLeavesTheNextKeyAlone() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        try shell.type("server wait 141 --until=STOPPED --timeout 2")
        try shell.press("Enter")
        try shell.waitFor("the wait's progress") { $0.contains("status not yet STOPPED") }
        try shell.press("C-d")
        try shell.waitFor("the prompt after the timeout") { $0.contains("To check again:") && ShellTmux.lastLineIsPrompt($0) }
        // Up recalls the line (the first key after the stray Ctrl-D showed as ^[[A).
        try shell.press("Up")
        try shell.waitFor("the line recalled") { $0.hasSuffix("[local]: server wait 141 --until=STOPPED --timeout 2") }
        try shell.press("C-u")
        #expect(try shell.run("server list").contains("142 Server 1"), "the shell goes on")
    }

    @Test func aLineTypedDuringACommandRunsAfterIt() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        try shell.type("server wait 141 --until=STOPPED --timeout 2")
        try shell.press("Enter")
        try shell.waitFor("the wait's progress") { $0.contains("status not yet STOPPED") }
        try shell.type("network list")
        try shell.press("Enter")
        let after = try shell.waitFor("the typed-ahead line run") { $0.hasSuffix("1 public_network ( public )\n[local]:") }
        #expect(after.contains("[local]: network list\n1 public_network ( public )"), "\(after)")
    }
}
