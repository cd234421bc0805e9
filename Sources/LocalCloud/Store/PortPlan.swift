import GRDB
import KamakiAPI

/// A port create request, checked in the order of synnefo-api.md §7.4, then written.
struct PortPlan {
    var networkText: String
    var deviceText: String?
    var address: String?
    var name: String?
    /// A server being built with this port (`POST /servers`): not looked up nor checked, and the port turns
    /// ACTIVE when the server does.
    var building: ServerRecord?
    /// Whether a public network without an address takes one of the user's unused floating IPs (`POST /servers`).
    var picksFloatingIP = false

    /// The API-level checks (#1–#10).
    init(info: JSONObject) throws {
        guard let networkValue = info["network_id"] else { throw APIFault.missingAttribute("network_id") }
        guard let networkText = Validation.idText(networkValue) else { throw APIFault.invalidField("network_id") }
        self.networkText = networkText
        if let device = info["device_id"], !device.isNull {
            guard let text = Validation.idText(device) else { throw APIFault.invalidField("device_id") }
            deviceText = text
        }
        if let fixed = info["fixed_ips"], !fixed.isNull {
            guard let items = fixed.arrayValue else { throw APIFault.invalidField("fixed_ips") }
            guard items.count <= 1 else { throw APIFault.badRequest("'fixed_ips' attribute must contain only one fixed IP.") }
            if let item = items.first {
                guard let object = item.objectValue else { throw APIFault.badRequest("Invalid 'fixed_ips' field.") }
                if let value = object["ip_address"], !value.isNull {
                    let text = value.stringValue ?? value.serialized()
                    if IPv6(text) != nil { throw APIFault.badRequest("'ip_address' can be only an IPv4 address'") }
                    guard IPv4.parse(text) != nil else { throw APIFault.badRequest("\(text) is not a valid IPv4 Address") }
                    address = text
                }
            }
        }
        name = try Self.checkedName(info)
        if let groups = info["security_groups"], !groups.isNull {
            guard let items = groups.arrayValue,
                items.allSatisfy({ $0.intValue != nil || $0.stringValue.flatMap { Int($0) } != nil })
            else { throw APIFault.badRequest("Invalid 'security_groups' field.") }
            if !items.isEmpty { throw APIFault.itemNotFound("Not valid security group") }
        }
    }

    private static func checkedName(_ info: JSONObject) throws -> String? {
        guard let value = info["name"], !value.isNull else { return nil }
        guard let name = value.stringValue, !name.utf8.contains(0) else { throw APIFault.invalidField("name") }
        return name
    }

    /// The lookups and address checks (#11–#34), then the insert. Everything rolls back on a throw.
    func create(in store: CloudStore, user: String, cloud: CloudContext) throws -> PortRecord {
        let db = store.db
        let now = store.now
        var server = building
        if building == nil, let deviceText {
            guard let id = Int64(deviceText) else { throw APIFault.badRequest("Invalid server ID.") }
            guard let found = try ServerRecord.find(db, id: id, user: user) else { throw APIFault.itemNotFound("Server not found.") }
            if found.isDeleted(now: now) { throw APIFault.badRequest("Server has been deleted.") }
            let nics = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ports WHERE device_id = ?", arguments: [id]) ?? 0
            if nics >= 8 { throw APIFault.badRequest("Maximum ports per server limit reached") }
            server = found
        }
        let network = try store.network(id: networkText, visibleTo: user)
        if network.deleted != nil { throw APIFault.badRequest("Network has been deleted.") }
        var floatingIP: FloatingIPRecord?
        if network.isPublic {
            if let address {
                let value = IPv4.parse(address) ?? 0
                guard
                    let found = try FloatingIPRecord.fetchOne(
                        db,
                        sql:
                            "\(FloatingIPRecord.select) WHERE f.address = ? AND f.user_id = ? AND f.deleted IS NULL ORDER BY f.network_id = ? DESC",
                        arguments: [now, Int64(value), user, network.id])
                else { throw APIFault.itemNotFound("Floating IP does not exist.") }
                floatingIP = found
            } else if picksFloatingIP {
                floatingIP = try Self.unusedFloatingIP(db, network: network.id, user: user, now: now)
            } else {
                throw APIFault.badRequest(
                    "'fixed_ips' attribute must contain a floating IP address in order to connect to a public network.")
            }
        }
        if let name, name.count > 128 { throw APIFault.badRequest("Port name is too long") }
        var subnetID: Int64?
        var ipv4: UInt32?
        if let floatingIP {
            if floatingIP.networkID != network.id {
                throw APIFault.conflict("IP Address \(address ?? "") does not belong to network \(network.id)")
            }
            if floatingIP.portID != nil { throw APIFault.conflict("IP address '\(address ?? "")' is already in use") }
            subnetID = floatingIP.subnetID
            ipv4 = floatingIP.address
        } else if let subnet = try SubnetRecord.of(db, network: network.id).first(where: { $0.ipVersion == 4 }) {
            let used = try AddressPool.used(db, network: network.id)
            let pools = subnet.ipv4Pools
            if let address, let value = IPv4.parse(address) {
                if used.contains(value) { throw APIFault.conflict("IP address \(address) is already used.") }
                guard AddressPool.contains(pools, value) else {
                    throw APIFault.badRequest("Address \(address) does not belong to network \(network.id)")
                }
                ipv4 = value
            } else {
                guard let free = AddressPool.lowestFree(pools, used: used) else {
                    throw APIFault.conflict("No more IP addresses available on network \(network.id)")
                }
                ipv4 = free
            }
            subnetID = subnet.id
        } else if let address {
            throw APIFault.badRequest("Address \(address) is not a valid IP for the defined network subnets")
        }
        if let server {
            if building == nil {
                try server.validate(action: "CONNECT", now: now)
                try PendingAction.check(db, server: server.id, action: "CONNECT", now: now, enforced: cloud.pendingActions)
            }
            try db.execute(sql: "UPDATE networks SET instantiated = 1 WHERE id = ?", arguments: [network.id])
        }
        try db.execute(
            sql: """
                INSERT INTO ports (user_id, network_id, device_id, name, subnet_id, ipv4, floating_ip_id, created, updated, ready_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                user, network.id, server?.id, name ?? "", subnetID, ipv4.map { Int64($0) }, floatingIP?.id, now, now,
                server == nil ? now : (building?.taskUntil ?? now + cloud.settle),
            ])
        guard let port = try PortRecord.find(db, id: db.lastInsertedRowID, user: user, now: now) else {
            throw APIFault.unexpected
        }
        return port
    }

    /// One of the user's floating IPs on `network` that no port carries (the lowest id); Synnefo's 409 when
    /// there is none.
    private static func unusedFloatingIP(_ db: Database, network: Int64, user: String, now: Int64) throws -> FloatingIPRecord {
        guard
            let found = try FloatingIPRecord.fetchOne(
                db,
                sql:
                    "\(FloatingIPRecord.select) WHERE f.user_id = ? AND f.network_id = ? AND f.deleted IS NULL AND p.id IS NULL ORDER BY f.id",
                arguments: [now, user, network])
        else {
            throw APIFault.conflict(
                "Cannot find an unused floating IP to connect server to network '\(network)'. Please create a floating IP.")
        }
        return found
    }
}
