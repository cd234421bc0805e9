import Foundation
import Testing

/// The networking tutorial (`shared/tutorial/network.rst`) as one-shot command lines with the values
/// it shows, checked against any way of running a line: in-process, the built binary, the shell.
public enum TutorialWalk {
    /// What running one line gave.
    public struct Outcome: Sendable {
        public var status: Int32
        public var out: String
        public var err: String
        public init(status: Int32, out: String, err: String) {
            self.status = status
            self.out = out
            self.err = err
        }
    }

    /// Runs every tutorial line through `run` (words after `kamaki`) and records an issue for each
    /// value that differs from the tutorial. The shell-only lines run as `ip detach 9 --wait` and
    /// `ip attach 9 --server-id=142 --wait`.
    public static func walk(_ run: ([String]) async throws -> Outcome) async throws {
        var r = try await run(["server", "list"])
        #expect(r.status == 0)
        #expect(r.out == "141 Server 1\n142 Server 1\n")

        r = try await run(["network", "list"])
        #expect(r.out == "1 public_network ( public )\n")

        r = try await run(["network", "create", "--name=My Private Net"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("id: 2\nname: My Private Net\nstatus: ACTIVE\n"))
        #expect(fields(r.out)["type"] == "MAC_FILTERED")
        #expect(fields(r.out)["public"] == "False")
        #expect(fields(r.out)["user_id"] == "s0m3-u53r-1d")

        r = try await run(["network", "connect", "2", "--device-id=141", "--device-id=142"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Creating a port to connect network 2 with device 141"))
        #expect(r.err.contains("Creating a port to connect network 2 with device 142"))
        #expect(r.out.hasPrefix("11\n    status: BUILD\n    network_id: 2\n    mac_address: None\n    fixed_ips:\n    device_id: 141\n"))
        #expect(r.out.contains("12\n    status: BUILD\n    network_id: 2\n    mac_address: None\n    fixed_ips:\n    device_id: 142\n"))

        r = try await run(["network", "list", "-l"])
        #expect(r.out.contains("1 public_network\n    status: ACTIVE\n"))
        #expect(r.out.contains("    subnets:\n        53\n"))
        #expect(r.out.contains("2 My Private Net\n    status: ACTIVE\n"))

        r = try await run(["ip", "create", "--network-id=1"])
        #expect(
            r.out.hasPrefix(
                "instance_id: None\ndeleted: False\nfloating_network_id: 1\nfixed_ip_address: None\nfloating_ip_address: 192.168.3.5\nport_id: None\nid: 8\n"
            ))

        r = try await run(["ip", "attach", "8", "--server-id=141", "--wait"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Creating a port to attach IP 8 to server 141"))
        #expect(r.err.contains("Port 13 status: ACTIVE"))
        #expect(r.out.hasPrefix("13\n    status: ACTIVE\n    network_id: 1\n"))
        #expect(r.out.contains("    fixed_ips:\n        subnet: 53\n        ip_address: 192.168.3.5\n    device_id: 141\n"))

        r = try await run(["ip", "attach", "8", "--server-id=142", "--wait"])
        #expect(r.status == 1)
        #expect(r.err.hasSuffix("(409) IP address '192.168.3.5' is already in use\n"))

        r = try await run(["ip", "create", "--network-id=1"])
        #expect(fields(r.out)["floating_ip_address"] == "192.168.3.6")
        #expect(fields(r.out)["id"] == "9")

        r = try await run(["ip", "attach", "9", "--server-id=141", "--wait"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("14\n    status: ACTIVE\n"))
        #expect(fields(r.out)["ip_address"] == "192.168.3.6")

        r = try await run(["port", "list", "-l"])
        for id in ["11", "12", "13", "14"] { #expect(r.out.contains("\(id)\n    status: ACTIVE\n")) }

        r = try await run(["ip", "detach", "9", "--wait"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Deleting port 14:"))
        #expect(r.err.contains("Port 14 is deleted"))

        r = try await run(["ip", "attach", "9", "--server-id=142", "--wait"])
        #expect(r.status == 0, "\(r.err)")
        #expect(fields(r.out)["device_id"] == "142")
        #expect(fields(r.out)["ip_address"] == "192.168.3.6")

        r = try await run(["quota", "list"])
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("s0m3-u53r-1d:\n    cyclades.disk:\n        usage: 80GiB\n        limit: 500GiB\n        pending: 0B\n"))
        #expect(r.out.contains("    cyclades.vm:\n        usage: 2\n        limit: 8\n        pending: 0\n"))
        #expect(r.out.contains("    pithos.diskspace:\n        usage: 1.43GiB\n        limit: 20GiB\n        pending: 0B\n"))
        #expect(r.out.contains("    cyclades.ram:\n        usage: 9GiB\n        limit: 40GiB\n        pending: 0B\n"))
        #expect(r.out.contains("    cyclades.floating_ip:\n        usage: 2\n        limit: 3\n        pending: 0\n"))
        #expect(r.out.contains("    cyclades.cpu:\n        usage: 4\n        limit: 16\n        pending: 0\n"))
        #expect(r.out.contains("    cyclades.network.private:\n        usage: 1\n        limit: 5\n        pending: 0\n"))

        r = try await run(["ip", "create", "--network-id=1"])
        #expect(fields(r.out)["floating_ip_address"] == "192.168.3.7")
        #expect(fields(r.out)["id"] == "10")

        r = try await run(["ip", "create", "--network-id=1"])
        #expect(r.status == 1)
        #expect(
            r.err.hasSuffix(
                """
                (413) REQUEST ENTITY TOO LARGE
                |  Limit for resource 'Floating IP address' exceeded for your account.
                |  Available: 0, Requested: 1

                """))

        r = try await run(["ip", "delete", "10"])
        #expect(r.status == 0, "\(r.err)")

        r = try await run(["network", "delete", "1"])
        #expect(r.status == 1)
        #expect(r.err.contains("(403) Network with id 1 is in use\n|  FORBIDDEN forbidden (Cannot delete the public network.)\n"))

        r = try await run(["network", "delete", "2"])
        #expect(r.status == 1)
        #expect(r.err.contains("(409) Network with id 2 is in use\n|  CONFLICT conflict ("))

        r = try await run(["network", "disconnect", "2", "--device-id=141", "--device-id=142", "--wait"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("Port 11 is deleted"))
        #expect(r.err.contains("Port 12 is deleted"))

        r = try await run(["network", "delete", "2"])
        #expect(r.status == 0, "\(r.err)")
        r = try await run(["network", "list"])
        #expect(r.out == "1 public_network ( public )\n")
    }

    /// `key: value` lines of a dump, by trimmed key (first occurrence wins).
    public static func fields(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let colon = trimmed.range(of: ": ") else { continue }
            let key = String(trimmed[..<colon.lowerBound])
            if result[key] == nil { result[key] = String(trimmed[colon.upperBound...]) }
        }
        return result
    }
}
