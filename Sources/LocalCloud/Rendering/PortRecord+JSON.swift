import KamakiAPI
import NIOCore

/// The IPv6 subnet of a network, for the EUI-64 address of its ACTIVE ports.
struct IPv6SubnetInfo: Sendable {
    var id: Int64
    var network: IPv6Network
}

extension PortRecord {
    /// `DOWN` without a device; `BUILD` until the settle time has passed, then `ACTIVE`.
    /// A port being deleted keeps the status it had when the delete was asked for.
    func status(now: Int64) -> String {
        guard deviceID != nil else { return "DOWN" }
        return (deletingSince ?? now) < readyAt ? "BUILD" : "ACTIVE"
    }

    /// The first time after `now` at which the port's JSON changes by the clock alone: when its status turns
    /// ACTIVE (with a MAC and an IPv6 address), or when it stops being listed; `Int64.max` if never.
    func nextChange(after now: Int64) -> Int64 {
        var next = goneAt.map { $0 > now ? $0 : Int64.max } ?? Int64.max
        if deviceID != nil, deletingSince == nil, readyAt > now { next = min(next, readyAt) }
        return next
    }

    /// The deterministic MAC: `aa:00:00` and the low 24 bits of the id.
    var macBytes: [UInt8] {
        [0xAA, 0x00, 0x00, UInt8(truncatingIfNeeded: id >> 16), UInt8(truncatingIfNeeded: id >> 8), UInt8(truncatingIfNeeded: id)]
    }

    var macAddress: String {
        macBytes.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined(separator: ":")
    }

    /// The IPv6 address, once the port is ACTIVE on a network with an IPv6 subnet.
    func ipv6(now: Int64, subnet: IPv6SubnetInfo?) -> (String, Int64)? {
        guard let subnet, status(now: now) == "ACTIVE" else { return nil }
        return (IPv6.eui64(prefix: subnet.network.address, mac: macBytes).description, subnet.id)
    }

    /// The port object in Synnefo's key order.
    func json(_ links: Links, now: Int64, ipv6Subnet: IPv6SubnetInfo?) -> JSON {
        let status = status(now: now)
        var fixedIPs: [JSON] = []
        if let ipv4 {
            fixedIPs.append(["ip_address": .string(IPv4.format(ipv4)), "subnet": .optional(subnetID.map { String($0) })])
        }
        if let (address, subnet) = ipv6(now: now, subnet: ipv6Subnet) {
            fixedIPs.append(["ip_address": .string(address), "subnet": .string(String(subnet))])
        }
        let createdText = Timestamp.iso(created)
        return .object(
            JSONObject([
                ("id", .string(String(id))),
                ("name", .string(name)),
                ("links", links.networkLinks("ports", id)),
                ("user_id", .string(userID)),
                ("tenant_id", .string(userID)),
                ("network_id", .string(String(networkID))),
                ("device_id", .optional(deviceID.map { String($0) })),
                ("device_owner", deviceID == nil ? .null : "vm"),
                ("status", .string(status)),
                ("mac_address", status == "ACTIVE" ? .string(macAddress) : .null),
                ("admin_state_up", true),
                ("fixed_ips", .array(fixedIPs)),
                ("security_groups", []),
                ("created", .string(createdText)),
                ("updated", .string(updated == created ? createdText : Timestamp.iso(updated))),
            ]))
    }

    /// The port object, with the IPv6 subnet of its network taken from `facts`.
    func json(_ links: Links, now: Int64, facts: NetworkFacts) -> JSON {
        json(links, now: now, ipv6Subnet: facts.ipv6Subnets[networkID])
    }
}

/// Writes ports as compact JSON text, byte for byte what ``PortRecord/json(_:now:facts:)`` serializes to,
/// without building the ``JSON`` value: a list of ten thousand ports is written straight into one buffer.
struct PortJSONWriter {
    /// `"<base>/network/v2.0/ports/`: a link's opening quote and everything before the id.
    private let hrefPrefix: [UInt8]
    private let now: Int64
    /// Each port's text before it goes into the body, kept for the next port.
    private var scratch: [UInt8] = []
    private var count = 0

    init(_ links: Links, now: Int64) {
        var prefix: [UInt8] = []
        JSON.appendString(links.network + "/v2.0/ports/", to: &prefix)
        prefix.removeLast()
        hrefPrefix = prefix
        self.now = now
    }

    /// Appends the port to a list's body, after a comma unless it is the first.
    mutating func write(_ port: PortRecord, facts: NetworkFacts, into body: inout ByteBuffer) {
        scratch.removeAll(keepingCapacity: true)
        if count > 0 { scratch.append(UInt8(ascii: ",")) }
        count += 1
        write(port, facts: facts, into: &scratch)
        body.writeBytes(scratch)
    }

    func write(_ port: PortRecord, facts: NetworkFacts, into out: inout [UInt8]) {
        let status = port.status(now: now)
        out += #"{"id": ""#.utf8
        JSON.appendDigits(port.id, to: &out)
        out += #"","name": "#.utf8
        JSON.appendString(port.name, to: &out)
        out += #","links": [{"rel": "self","href": "#.utf8
        writeHref(port.id, into: &out)
        out += #"},{"rel": "bookmark","href": "#.utf8
        writeHref(port.id, into: &out)
        out += #"}],"user_id": "#.utf8
        JSON.appendString(port.userID, to: &out)
        out += #","tenant_id": "#.utf8
        JSON.appendString(port.userID, to: &out)
        out += #","network_id": ""#.utf8
        JSON.appendDigits(port.networkID, to: &out)
        out += #"","device_id": "#.utf8
        if let device = port.deviceID {
            out.append(UInt8(ascii: "\""))
            JSON.appendDigits(device, to: &out)
            out += #"","device_owner": "vm""#.utf8
        } else {
            out += #"null,"device_owner": null"#.utf8
        }
        out += #","status": ""#.utf8
        out += status.utf8
        out += #"","mac_address": "#.utf8
        if status == "ACTIVE" {
            out.append(UInt8(ascii: "\""))
            writeMAC(port.macBytes, into: &out)
            out.append(UInt8(ascii: "\""))
        } else {
            out += "null".utf8
        }
        out += #","admin_state_up": true,"fixed_ips": "#.utf8
        writeFixedIPs(port, ipv6Subnet: facts.ipv6Subnets[port.networkID], into: &out)
        out += #","security_groups": [],"created": "#.utf8
        let created = Timestamp.iso(port.created)
        JSON.appendString(created, to: &out)
        out += #","updated": "#.utf8
        JSON.appendString(port.updated == port.created ? created : Timestamp.iso(port.updated), to: &out)
        out.append(UInt8(ascii: "}"))
    }

    private func writeHref(_ id: Int64, into out: inout [UInt8]) {
        out += hrefPrefix
        JSON.appendDigits(id, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    private func writeFixedIPs(_ port: PortRecord, ipv6Subnet: IPv6SubnetInfo?, into out: inout [UInt8]) {
        let ipv6 = port.ipv6(now: now, subnet: ipv6Subnet)
        guard port.ipv4 != nil || ipv6 != nil else {
            out += "[]".utf8
            return
        }
        out.append(UInt8(ascii: "["))
        if let ipv4 = port.ipv4 {
            out += #"{"ip_address": "#.utf8
            JSON.appendString(IPv4.format(ipv4), to: &out)
            out += #","subnet": "#.utf8
            if let subnet = port.subnetID {
                out.append(UInt8(ascii: "\""))
                JSON.appendDigits(subnet, to: &out)
                out += #""}"#.utf8
            } else {
                out += "null}".utf8
            }
        }
        if let (address, subnet) = ipv6 {
            if port.ipv4 != nil { out.append(UInt8(ascii: ",")) }
            out += #"{"ip_address": "#.utf8
            JSON.appendString(address, to: &out)
            out += #","subnet": ""#.utf8
            JSON.appendDigits(subnet, to: &out)
            out += #""}"#.utf8
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `aa:00:00:…` in lower-case hex, as ``PortRecord/macAddress``.
    private func writeMAC(_ bytes: [UInt8], into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        for (offset, byte) in bytes.enumerated() {
            if offset > 0 { out.append(UInt8(ascii: ":")) }
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0xF)])
        }
    }
}
