import GRDB
import KamakiAPI

extension CloudStore {
    /// The most ports a server may have (Synnefo's `GANETI_MAX_NICS_PER_INSTANCE`).
    static let maxServerPorts = 8

    /// Builds a server from `plan` (Synnefo's `servers.create`): the flavor, name, metadata, image and keypair
    /// checks, the ports, the row, its metadata (the image's `os` and `users`, then the request's), and the
    /// quota commission, all in this one transaction. The server is BUILD for the settle time, then ACTIVE,
    /// with its ports. Everything rolls back on a throw.
    func createServer(_ plan: ServerPlan, user: String, cloud: CloudContext) throws -> ServerDetail {
        let flavor = try flavor(id: plan.flavorID)
        if plan.name.count > 255 { throw APIFault.badRequest("Server name is too long") }
        if plan.name.utf8.contains(0) { throw APIFault.badRequest("Malformed request") }
        if plan.metadata.count > Self.maxServerMetadata {
            throw APIFault.badRequest("Virtual Machines cannot have more than \(Self.maxServerMetadata) metadata items")
        }
        let image = try image(id: plan.imageID, visibleTo: user)
        for name in plan.keyNames { _ = try keypair(name: name, user: user) }
        if plan.networks.count > Self.maxServerPorts { throw APIFault.badRequest("Maximum ports per server limit reached") }
        var metadata: [(String, String)] = []
        for key in ["os", "users"] where plan.metadata[key] == nil {
            if let value = image.properties[key]?.stringValue { metadata.append((key, value)) }
        }
        for (key, value) in plan.metadata {
            if key.count > 50 { throw APIFault.badRequest("Metadata key is too long") }
            guard let text = value.stringValue, !key.utf8.contains(0), !text.utf8.contains(0) else {
                throw APIFault.badRequest("Malformed request")
            }
            if text.count > 500 { throw APIFault.badRequest("Metadata value is too long") }
            metadata.append((key, text))
        }
        let until = now + max(0, cloud.settle)
        let ram = flavor.ram << 20
        let disk = flavor.disk << 30
        try db.execute(
            sql: """
                INSERT INTO servers (user_id, name, status, flavor_id, image_id, created, updated, task, interim, task_until,
                    key_names, vcpus, ram, disk)
                VALUES (?, ?, 'ACTIVE', ?, ?, ?, ?, ?, 'BUILD', ?, ?, ?, ?, ?)
                """,
            arguments: [
                user, plan.name, flavor.id, image.id, now, now, cloud.settle > 0 ? "BUILD" : nil, until,
                JSON.array(plan.keyNames.map { .string($0) }).serialized(), flavor.vcpus, ram, disk,
            ])
        guard let server = try ServerRecord.find(db, id: db.lastInsertedRowID, user: user) else { throw APIFault.unexpected }
        for request in plan.networks { try attach(request, to: server, user: user, cloud: cloud) }
        for (key, value) in metadata {
            try db.execute(
                sql: "INSERT OR REPLACE INTO server_metadata (server_id, key, value) VALUES (?, ?, ?)", arguments: [server.id, key, value])
        }
        try ServerCharge.build(db, user: user, vcpus: flavor.vcpus, ram: ram, disk: disk)
        return try detail(of: server)
    }

    /// Gives the server being built the port `request` names: a new one on a network (a public one takes a
    /// floating IP: the `fixed_ip` given, or one of the user's unused ones), or an existing unattached one.
    private func attach(_ request: ServerPlan.NetworkRequest, to server: ServerRecord, user: String, cloud: CloudContext) throws {
        switch request {
        case .port(let text):
            let port = try port(id: text, user: user)
            if port.deviceID != nil { throw APIFault.conflict("Port \(port.id) is already in use.") }
            try db.execute(
                sql: "UPDATE ports SET device_id = ?, ready_at = ?, updated = ? WHERE id = ?",
                arguments: [server.id, server.taskUntil ?? now, now, port.id])
        case .network(let text, let fixedIP):
            var info = JSONObject([("network_id", .string(text))])
            if let fixedIP, !fixedIP.isNull { info["fixed_ips"] = [["ip_address": fixedIP]] }
            var plan = try PortPlan(info: info)
            plan.building = server
            plan.picksFloatingIP = fixedIP == nil
            if fixedIP?.isNull == true, try network(id: text, visibleTo: user).isPublic {
                throw APIFault.badRequest("Cannot connect to public network")
            }
            _ = try plan.create(in: self, user: user, cloud: cloud)
        }
    }
}
