import GRDB
import KamakiAPI

extension CloudStore {
    /// The subnet with this id if its network is visible to `user`: 400 when the id is not a number, 404 otherwise.
    func subnet(id text: String, visibleTo user: String) throws -> SubnetRecord {
        try item(text, invalid: "Invalid subnet ID '\(text)'", missing: "Subnet '\(text)' not found.") {
            try SubnetRecord.visible(db, id: $0, user: user)
        }
    }

    /// The subnets of the networks visible to `user` (deleted ones too when `since` is given).
    func subnets(visibleTo user: String, since: Int64?) throws -> [SubnetRecord] {
        try SubnetRecord.visibleList(db, user: user, since: since)
    }

    /// Renames the user's own subnet to the `name` of `info`; the subnet as it is then.
    func renameSubnet(id text: String, user: String, info: JSONObject) throws -> SubnetRecord {
        guard let id = Int64(text), let subnet = try SubnetRecord.visible(db, id: id, user: user) else {
            throw APIFault.itemNotFound("Subnet not found")
        }
        guard subnet.userID == user else { throw APIFault.forbidden("Forbidden operation") }
        let name = try Validation.name(info, limit: 128, tooLong: "Subnet name is  too long") ?? ""
        try db.execute(sql: "UPDATE subnets SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, id])
        return try self.subnet(id: text, visibleTo: user)
    }

    /// A new subnet on the user's own network, one per IP version, before any server is connected to it.
    /// `info` is the request's `subnet` object, for its name.
    func createSubnet(_ plan: SubnetPlan, network networkID: Int64, info: JSONObject, user: String) throws -> SubnetRecord {
        guard let network = try NetworkRecord.find(db, id: networkID) else {
            throw APIFault.itemNotFound("No network found with that ID")
        }
        if network.deleted != nil { throw APIFault.badRequest("Network has been deleted") }
        guard network.userID == user else { throw APIFault.forbidden("Forbidden operation") }
        guard plan.ipVersion == 4 || plan.ipVersion == 6 else { throw APIFault.badRequest("Malformed IP version type") }
        let sameVersion =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM subnets WHERE network_id = ? AND ip_version = ? AND deleted IS NULL",
                arguments: [networkID, plan.ipVersion]) ?? 0
        if sameVersion > 0 { throw APIFault.badRequest("Only one subnet of IPv4/IPv6 per network is allowed") }
        if network.instantiated {
            throw APIFault.badRequest("Cannot create subnet in network \(networkID), VMs are already connected to this network")
        }
        let resolved = try plan.resolve()
        let name = try Validation.name(info, limit: 128, tooLong: "Subnet name is too long") ?? ""
        try db.execute(
            sql: """
                INSERT INTO subnets (network_id, user_id, name, ip_version, cidr, gateway, enable_dhcp, dns_nameservers,
                    host_routes, pools, created, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                networkID, user, name, plan.ipVersion, resolved.cidr, resolved.gateway, plan.dhcp,
                plan.dnsNameservers.serialized(), plan.hostRoutes.serialized(), SubnetRecord.encodePools(resolved.pools),
                now, now,
            ])
        try db.execute(sql: "UPDATE networks SET updated = ? WHERE id = ?", arguments: [now, networkID])
        return try subnet(id: String(db.lastInsertedRowID), visibleTo: user)
    }
}
