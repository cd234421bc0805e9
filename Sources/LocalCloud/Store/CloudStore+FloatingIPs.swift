import GRDB
import KamakiAPI

extension CloudStore {
    /// The user's live floating IP with this id: 400 when the id is not a number, 404 otherwise.
    func floatingIP(id text: String, user: String) throws -> FloatingIPRecord {
        try item(text, invalid: "Invalid Floating IP ID \(text)", missing: "Floating IP with ID \(text) does not exist.") {
            try FloatingIPRecord.find(db, id: $0, user: user, now: now)
        }
    }

    /// The user's floating IPs, ordered by id (deleted ones too when `since` is given).
    func floatingIPs(of user: String, since: Int64?) throws -> [FloatingIPRecord] {
        try FloatingIPRecord.list(db, user: user, now: now, since: since)
    }

    /// Reserves a floating IP for the user, charged to their quota: `address` (or the lowest free one) on
    /// the pool network `networkID` (or the first public pool with a free address).
    func createFloatingIP(network networkID: Int64?, address: String?, user: String) throws -> FloatingIPRecord {
        let (network, subnet, value) = try allocateFloatingIP(network: networkID, address: address, user: user)
        try Quotas.commission(db, user: user, resource: "cyclades.floating_ip")
        try db.execute(
            sql: "INSERT INTO floating_ips (user_id, network_id, subnet_id, address, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [user, network, subnet, Int64(value), now, now])
        return try floatingIP(id: String(db.lastInsertedRowID), user: user)
    }

    /// Releases the user's floating IP unless a port carries it, and gives back the quota.
    func releaseFloatingIP(id text: String, user: String) throws {
        let ip = try floatingIP(id: text, user: user)
        if let port = ip.portID {
            if let server = ip.instanceID { throw APIFault.conflict("IP '\(ip.id)' is used by server '\(server)'") }
            throw APIFault.conflict("IP '\(ip.id)' is used by port '\(port)'")
        }
        try db.execute(sql: "UPDATE floating_ips SET deleted = ?, updated = ? WHERE id = ?", arguments: [now, now, ip.id])
        try Quotas.release(db, user: user, resource: "cyclades.floating_ip")
    }

    /// Checks a reassign of the floating IP to `project`: only its owner may, and only to their own project;
    /// nothing changes.
    func checkFloatingIPReassign(id text: String, user: String, project: String) throws {
        let ip = try floatingIP(id: text, user: user)
        if ip.userID != user { throw APIFault.forbidden("Action 'reassign' is allowed only to the owner of the floating IP.") }
        if project != user { throw APIFault.badRequest("User \(user) not in project \(project)") }
    }

    /// The network, subnet and address for a new floating IP.
    private func allocateFloatingIP(network networkID: Int64?, address: String?, user: String) throws -> (Int64, Int64, UInt32) {
        guard let networkID else {
            let pools = try Int64.fetchAll(
                db, sql: "SELECT id FROM networks WHERE public = 1 AND floating_ip_pool = 1 AND deleted IS NULL ORDER BY id")
            for pool in pools {
                if let found = try freeAddress(network: pool) { return (pool, found.0, found.1) }
            }
            throw APIFault.conflict("Cannot allocate a floating IP address.")
        }
        let network = try network(id: String(networkID), visibleTo: user)
        if network.deleted != nil { throw APIFault.badRequest("Network has been deleted.") }
        guard network.isPublic, network.isFloatingIPPool else {
            throw APIFault.conflict("Cannot allocate floating IP. Network \(networkID) is not a floating IP pool.")
        }
        guard let subnet = try SubnetRecord.of(db, network: networkID).first(where: { $0.ipVersion == 4 }) else {
            throw APIFault.conflict("No more IP addresses available on network \(networkID)")
        }
        if let address {
            guard let value = IPv4.parse(address), AddressPool.contains(subnet.ipv4Pools, value) else {
                throw APIFault.badRequest("Address \(address) does not belong to network \(networkID)")
            }
            if try AddressPool.used(db, network: networkID).contains(value) {
                throw APIFault.conflict("IP address \(address) is already used.")
            }
            return (networkID, subnet.id, value)
        }
        guard let found = try freeAddress(network: networkID) else {
            throw APIFault.conflict("No more IP addresses available on network \(networkID)")
        }
        return (networkID, found.0, found.1)
    }

    /// The first IPv4 subnet of the network and its lowest free address.
    private func freeAddress(network: Int64) throws -> (Int64, UInt32)? {
        guard let subnet = try SubnetRecord.of(db, network: network).first(where: { $0.ipVersion == 4 }) else { return nil }
        let used = try AddressPool.used(db, network: network)
        return AddressPool.lowestFree(subnet.ipv4Pools, used: used).map { (subnet.id, $0) }
    }
}
