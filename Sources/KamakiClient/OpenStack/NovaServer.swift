import KamakiAPI

/// A Nova server in kamaki's server model.
///
/// A Synnefo server lists its ports in `attachments` (`{id, network_id, mac_address, ipv4, ipv6,
/// OS-EXT-IPS:type}`), which `server info`, `network disconnect` and the tutorial's views read. A Nova
/// server has only `addresses`, keyed by network *name*; its ports live in Neutron. So the client reads
/// them with `GET /v2.0/ports?device_id=S` and writes them as Synnefo's `attachments`, after Nova's keys,
/// which stay as Nova sent them.
enum NovaServer {
    /// `server` with `attachments` made from its Neutron `ports` (those whose `device_id` is the server).
    static func withAttachments(_ server: Server, ports: [Port]) -> Server {
        var raw = server.raw
        raw["attachments"] = .array(ports.filter { $0.deviceID == server.id }.map(attachment))
        return Server(raw: raw)
    }

    /// A server as Nova's 202 to `POST /servers` gives it (`id`, `links`, `adminPass`, no status), with the
    /// status it has then, `BUILD`, after `id`, as Synnefo's create reply has it (`--wait` waits while BUILD).
    static func created(_ server: Server) -> Server {
        guard server.raw["status"] == nil else { return server }
        var raw = JSONObject()
        for (key, value) in server.raw {
            raw[key] = value
            if key == "id" { raw["status"] = .string("BUILD") }
        }
        if raw["status"] == nil { raw["status"] = .string("BUILD") }
        return Server(raw: raw)
    }

    /// One port as a Synnefo attachment: its first IPv4 and IPv6 fixed addresses.
    static func attachment(_ port: Port) -> JSON {
        let addresses = port.fixedIPs.map(\.ipAddress)
        let ipv4 = addresses.first { !$0.contains(":") } ?? ""
        let ipv6 = addresses.first { $0.contains(":") } ?? ""
        var object = JSONObject([
            ("id", .string(port.id)), ("network_id", .string(port.networkID)), ("mac_address", .string(port.macAddress ?? "")),
            ("ipv4", .string(ipv4)), ("ipv6", .string(ipv6)),
        ])
        if !ipv4.isEmpty || !ipv6.isEmpty { object["OS-EXT-IPS:type"] = .string("fixed") }
        object["status"] = .string(port.status)
        return .object(object)
    }
}
