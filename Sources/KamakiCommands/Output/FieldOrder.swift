/// Key orders for printing. For what the tutorial shows, its order; other keys follow alphabetically.
enum FieldOrder {
    static let network = [
        "id", "name", "status", "router:external", "user_id", "updated", "created", "links", "public", "tenant_id",
        "admin_state_up", "SNF:floating_ip_pool", "subnets", "type",
    ]
    static let port = ["id", "name", "status", "network_id", "mac_address", "fixed_ips", "device_id"]
    static let fixedIP = ["subnet", "ip_address"]
    static let floatingIP = [
        "instance_id", "deleted", "floating_network_id", "fixed_ip_address", "floating_ip_address", "port_id", "id",
    ]
    static let subnet = ["id", "name", "network_id", "cidr", "ip_version", "gateway_ip", "allocation_pools"]
    static let server = ["id", "name", "status"]
    /// A new server as the guide shows it (`server create`).
    static let createdServer = [
        "accessIPv4", "accessIPv6", "addresses", "adminPass", "attachments", "config_drive", "created", "diagnostics", "flavor",
        "hostId", "id", "image", "key_name", "metadata", "name", "progress", "security_groups", "status", "suspended", "tenant_id",
        "updated", "user_id",
    ]
    static let createdServerNested = ["flavor": ["id"], "image": ["id"], "metadata": ["os", "users"]]
    /// The server guide's `keypair upload`.
    static let keypair = ["public_key", "name", "fingerprint"]
    static let quotaResources = [
        "cyclades.disk", "cyclades.vm", "pithos.diskspace", "cyclades.ram", "cyclades.floating_ip", "cyclades.cpu",
        "cyclades.network.private",
    ]
    static let quotaValues = ["usage", "limit", "pending"]

    /// The keys of an object: those in `preferred` first (in that order), then the rest alphabetically.
    static func ordered(_ keys: [String], preferred: [String]) -> [String] {
        let present = Set(keys)
        let first = preferred.filter { present.contains($0) }
        let chosen = Set(first)
        return first + keys.filter { !chosen.contains($0) }.sorted()
    }
}
