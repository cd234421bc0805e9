import Foundation
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

/// `--wait` after creating a port, on a cloud that creates ports already ACTIVE (settle 0), and the
/// hints after a wait runs out of time.
@Suite struct SettledWaitTests {
    /// A harness on a standalone local cloud whose new ports settle in `settle` seconds (0: at once).
    static func withCloud(settle: Double = 0, _ body: (CommandHarness) async throws -> Void) async throws {
        try await withLocalCloud(settle: settle) { cloud in
            try await body(try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0]))
        }
    }

    @Test func aPortCreatedActiveNeedsNoWait() async throws {
        try await Self.withCloud { h in
            // kamaki 0.16 waited while the port kept its first status, ACTIVE: 60 s, then a timeout.
            #expect(await h.run("network", "create", "--name=lab").status == 0)
            var r = await h.run("port", "create", "--network-id=2", "--device-id=141", "--wait", "-N")
            #expect(r.status == 0, "\(r.err)")
            #expect(r.err.contains("Port 11 status: ACTIVE"), "\(r.err)")
            #expect(fields(r.out)["status"] == "ACTIVE")

            #expect(await h.run("ip", "create", "--network-id=1").status == 0)
            r = await h.run("ip", "attach", "8", "--server-id=142", "--wait", "-N")
            #expect(r.status == 0, "\(r.err)")
            #expect(r.err.contains("Port 12 status: ACTIVE"), "\(r.err)")
            #expect(fields(r.out)["device_id"] == "142")

            #expect(await h.run("network", "create", "--name=lab2").status == 0)
            r = await h.run("network", "connect", "3", "--device-id=141", "--device-id=142", "--wait", "-N")
            #expect(r.status == 0, "\(r.err)")
            #expect(r.err.contains("Port 13 status: ACTIVE") && r.err.contains("Port 14 status: ACTIVE"), "\(r.err)")
        }
    }

    @Test func aPortWhoseWaitTimesOutIsStillShown() async throws {
        // Ports stay BUILD longer than the 60 s a create waits: the wait gives up (exit 3), and the
        // port it created is printed all the same, its id is not lost.
        try await Self.withCloud(settle: 600) { h in
            #expect(await h.run("network", "create", "--name=lab").status == 0)
            let r = await h.run("port", "create", "--network-id=2", "--device-id=141", "--wait", "-N")
            #expect(r.status == 3, "\(r.err)")
            #expect(r.err.contains("Port 11: timed out, the status is still BUILD"), "\(r.err)")
            #expect(r.out.hasPrefix("11\n") && fields(r.out)["status"] == "BUILD", "\(r.out)")
        }
    }

    @Test func aTimedOutWaitSuggestsTheSameWaitAgain() async throws {
        try await Self.withCloud { h in
            #expect(await h.run("network", "create", "--name=lab").status == 0)
            #expect(await h.run("port", "create", "--network-id=2", "--device-id=141").status == 0)
            var r = await h.run("port", "wait", "11", "--while", "ACTIVE", "--timeout", "1")
            #expect(r.status == 3, "\(r.err)")
            #expect(
                r.err.contains(
                    "Port 11: timed out, the status is still ACTIVE\n|  To check again:\n|    kamaki port wait 11 --while ACTIVE --timeout 2\n"
                ), "\(r.err)")
            r = await h.run("server", "wait", "141", "--until", "STOPPED", "--timeout", "1")
            #expect(r.status == 3, "\(r.err)")
            #expect(r.err.contains("kamaki server wait 141 --until STOPPED --timeout 2"), "\(r.err)")
            r = await h.run("server", "wait", "141", "--status", "ACTIVE", "--timeout", "1")
            #expect(r.err.contains("kamaki server wait 141 --while ACTIVE --timeout 2"), "\(r.err)")
        }
    }
}
