import Foundation
import Testing

/// The networking tutorial typed into the interactive shell of the built binary, in tmux,
/// against a fresh embedded cloud: pasted `kamaki …` lines, then the `ip` context with the
/// tutorial's bare `detach 9 --wait` and `attach 9 --server-id=142 --wait`.
@Suite(.serialized) struct ShellTutorialTests {
    @Test func wholeTutorialTypedIntoTheShell() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        #expect(try shell.prompt() == "[local]:")

        // The embedded cloud's one-time notice comes with the first command's output (it starts in
        // the background once the prompt is shown, and never writes over the edit line).
        var out = try shell.run("kamaki server list")
        #expect(out.hasSuffix("\n141 Server 1\n142 Server 1"))
        #expect(out.hasPrefix("Using the embedded local cloud"))
        out = try shell.run("kamaki network list")
        #expect(out.hasSuffix("1 public_network ( public )"))

        out = try shell.run("kamaki network create --name='My Private Net'")
        #expect(out.contains("id: 2\nname: My Private Net\nstatus: ACTIVE"))

        out = try shell.run("kamaki network connect 2 --device-id=141 --device-id=142")
        #expect(out.contains("Creating a port to connect network 2 with device 141"))
        #expect(out.contains("11\n    status: BUILD\n    network_id: 2"))
        #expect(out.contains("12\n    status: BUILD\n    network_id: 2"))

        out = try shell.run("kamaki network list -l")
        #expect(out.contains("2 My Private Net\n    status: ACTIVE"))

        out = try shell.run("kamaki ip create --network-id=1")
        #expect(out.contains("floating_ip_address: 192.168.3.5\nport_id: None\nid: 8"))
        out = try shell.run("kamaki ip attach 8 --server-id=141 --wait")
        #expect(out.contains("13\n    status: ACTIVE\n    network_id: 1"))
        #expect(out.contains("ip_address: 192.168.3.5\n    device_id: 141"))

        out = try shell.run("kamaki ip attach 8 --server-id=142 --wait")
        #expect(out.contains("(409) IP address '192.168.3.5' is already in use"))

        out = try shell.run("kamaki ip create --network-id=1")
        #expect(out.contains("floating_ip_address: 192.168.3.6\nport_id: None\nid: 9"))
        out = try shell.run("kamaki ip attach 9 --server-id=141 --wait")
        #expect(out.contains("14\n    status: ACTIVE"))
        #expect(out.contains("ip_address: 192.168.3.6\n    device_id: 141"))

        out = try shell.run("kamaki port list -l")
        for id in 11...14 { #expect(out.contains("\(id)\n    status: ACTIVE"), "port \(id)") }

        // The tutorial's shell lines, in the ip context.
        _ = try shell.run("ip")
        #expect(try shell.prompt() == "[local ip]:")
        out = try shell.run("detach 9 --wait")
        #expect(out.contains("Deleting port 14:"))
        #expect(out.contains("Port 14 is deleted"))
        out = try shell.run("attach 9 --server-id=142 --wait")
        #expect(out.contains("status: ACTIVE"))
        #expect(out.contains("ip_address: 192.168.3.6\n    device_id: 142"))
        _ = try shell.run("..")
        #expect(try shell.prompt() == "[local]:")

        out = try shell.run("kamaki quota list")
        #expect(out.contains("cyclades.floating_ip:\n        usage: 2\n        limit: 3"))

        out = try shell.run("kamaki ip create --network-id=1")
        #expect(out.contains("floating_ip_address: 192.168.3.7\nport_id: None\nid: 10"))
        out = try shell.run("kamaki ip create --network-id=1")
        #expect(out.contains("(413) REQUEST ENTITY TOO LARGE"))
        #expect(out.contains("|  Limit for resource 'Floating IP address' exceeded for your account."))
        #expect(out.contains("|  Available: 0, Requested: 1"))
        out = try shell.run("kamaki ip delete 10")
        #expect(out.isEmpty)

        out = try shell.run("kamaki network delete 1")
        #expect(out.contains("(403)"))
        out = try shell.run("kamaki network delete 2")
        #expect(out.contains("(409) Network with id 2 is in use"))
        out = try shell.run("kamaki network disconnect 2 --device-id=141 --device-id=142 --wait")
        #expect(out.contains("Port 11 is deleted"))
        #expect(out.contains("Port 12 is deleted"))
        out = try shell.run("kamaki network delete 2")
        out = try shell.run("network list")
        #expect(out == "1 public_network ( public )")

        // Nothing ended the session: /exit does, with status 0.
        try shell.type("/exit")
        try shell.press("Enter")
        try shell.waitFor("the shell to exit") { $0.contains(ShellTmux.exitMarker + "0]") }
    }
}
