import Foundation
import KamakiAPI
import KamakiCommands
import Testing

/// The networking tutorial through the command layer, on a fresh embedded cloud with no configuration.
@Suite struct TutorialCommandTests {
    @Test func tutorialInOrder() async throws {
        let h = try CommandHarness(embedded: TestLauncher())

        var r = await h.run("server", "list")
        #expect(r.status == 0)
        #expect(r.out == "141 Server 1\n142 Server 1\n")
        #expect(r.err.contains("embedded local cloud"))

        r = await h.run("network", "list")
        #expect(r.out == "1 public_network ( public )\n")
        #expect(!r.err.contains("embedded local cloud"), "the notice is shown once per state file")

        r = await h.run("network", "create", "--name=My Private Net")
        #expect(r.status == 0)
        var f = fields(r.out)
        #expect(r.out.hasPrefix("id: 2\nname: My Private Net\nstatus: ACTIVE\n"))
        #expect(f["public"] == "False")
        #expect(f["type"] == "MAC_FILTERED")
        #expect(f["user_id"] == "s0m3-u53r-1d")

        r = await h.run("network", "connect", "2", "--device-id=141", "--device-id=142")
        #expect(r.status == 0)
        #expect(r.err.contains("Creating a port to connect network 2 with device 141"))
        #expect(r.err.contains("Creating a port to connect network 2 with device 142"))
        #expect(r.out.hasPrefix("11\n    status: BUILD\n    network_id: 2\n    mac_address: None\n    fixed_ips:\n    device_id: 141\n"))
        #expect(r.out.contains("12\n    status: BUILD\n    network_id: 2\n"))

        r = await h.run("network", "list", "-l")
        #expect(r.out.contains("1 public_network\n    status: ACTIVE\n"))
        #expect(r.out.contains("2 My Private Net\n    status: ACTIVE\n"))
        #expect(r.out.contains("    subnets:\n        53\n"))

        r = await h.run("ip", "create", "--network-id=1")
        f = fields(r.out)
        #expect(r.out.hasPrefix("instance_id: None\ndeleted: False\nfloating_network_id: 1\nfixed_ip_address: None\nfloating_ip_address: 192.168.3.5\nport_id: None\nid: 8\n"))

        r = await h.run("ip", "attach", "8", "--server-id=141", "--wait")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Creating a port to attach IP 8 to server 141"))
        #expect(r.err.contains("Port 13 status: ACTIVE"))
        #expect(r.out.hasPrefix("13\n    status: ACTIVE\n    network_id: 1\n"))
        #expect(r.out.contains("    fixed_ips:\n        subnet: 53\n        ip_address: 192.168.3.5\n    device_id: 141\n"))

        r = await h.run("ip", "attach", "8", "--server-id=142", "--wait")
        #expect(r.status == 1)
        #expect(r.err.hasSuffix("(409) IP address '192.168.3.5' is already in use\n"))

        r = await h.run("ip", "create", "--network-id=1")
        #expect(fields(r.out)["floating_ip_address"] == "192.168.3.6")
        #expect(fields(r.out)["id"] == "9")

        r = await h.run("ip", "attach", "9", "--server-id=141", "--wait")
        #expect(r.out.hasPrefix("14\n    status: ACTIVE\n"))
        #expect(r.out.contains("ip_address: 192.168.3.6"))

        r = await h.run("port", "list", "-l")
        for id in ["11", "12", "13", "14"] { #expect(r.out.contains("\(id)\n    status: ACTIVE\n")) }

        r = await h.run("ip", "detach", "9", "--wait")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Deleting port 14:"))
        #expect(r.err.contains("Port 14 is deleted"))

        r = await h.run("ip", "attach", "9", "--server-id=142", "--wait")
        #expect(r.status == 0)
        #expect(fields(r.out)["device_id"] == "142")
        #expect(fields(r.out)["ip_address"] == "192.168.3.6")

        r = await h.run("quota", "list")
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("s0m3-u53r-1d:\n    cyclades.disk:\n        usage: 80GiB\n        limit: 500GiB\n        pending: 0B\n"))
        #expect(r.out.contains("    cyclades.floating_ip:\n        usage: 2\n        limit: 3\n        pending: 0\n"))
        #expect(r.out.contains("    pithos.diskspace:\n        usage: 1.43GiB\n        limit: 20GiB\n"))
        #expect(r.out.contains("    cyclades.vm:\n        usage: 2\n        limit: 2\n"))
        #expect(r.out.contains("    cyclades.ram:\n        usage: 9GiB\n        limit: 40GiB\n"))
        #expect(r.out.contains("    cyclades.cpu:\n        usage: 4\n        limit: 8\n"))

        r = await h.run("ip", "create", "--network-id=1")
        #expect(fields(r.out)["floating_ip_address"] == "192.168.3.7")
        #expect(fields(r.out)["id"] == "10")

        r = await h.run("ip", "create", "--network-id=1")
        #expect(r.status == 1)
        #expect(
            r.err == """
                (413) REQUEST ENTITY TOO LARGE
                |  Limit for resource 'Floating IP address' exceeded for your account.
                |  Available: 0, Requested: 1

                """)

        r = await h.run("ip", "delete", "10")
        #expect(r.status == 0)

        r = await h.run("network", "delete", "1")
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("(403) Network with id 1 cannot be deleted\n|  FORBIDDEN forbidden (Cannot delete the public network.)\n"))

        r = await h.run("network", "delete", "2")
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("(409) Network with id 2 is in use\n|  CONFLICT conflict ("))

        r = await h.run("network", "disconnect", "2", "--device-id=141", "--device-id=142", "--wait")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Port 11 is deleted"))
        #expect(r.err.contains("Port 12 is deleted"))

        r = await h.run("network", "delete", "2")
        #expect(r.status == 0, "\(r.err)")
        r = await h.run("network", "list")
        #expect(r.out == "1 public_network ( public )\n")
    }
}
