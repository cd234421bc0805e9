/// One resource's quota figures in one project.
public struct QuotaValue: Sendable, Hashable {
    public var usage: Int64
    public var limit: Int64
    public var pending: Int64
    public var projectUsage: Int64
    public var projectLimit: Int64
    public var projectPending: Int64

    public init(
        usage: Int64, limit: Int64, pending: Int64 = 0, projectUsage: Int64? = nil,
        projectLimit: Int64? = nil, projectPending: Int64 = 0
    ) {
        self.usage = usage
        self.limit = limit
        self.pending = pending
        self.projectUsage = projectUsage ?? usage
        self.projectLimit = projectLimit ?? limit
        self.projectPending = projectPending
    }

    /// Reads `{"usage", "limit", "pending", "project_*"}`.
    public init?(json: JSON) {
        guard let usage = json["usage"]?.intValue, let limit = json["limit"]?.intValue else { return nil }
        self.init(
            usage: Int64(usage), limit: Int64(limit), pending: Int64(json["pending"]?.intValue ?? 0),
            projectUsage: json["project_usage"]?.intValue.map(Int64.init),
            projectLimit: json["project_limit"]?.intValue.map(Int64.init),
            projectPending: Int64(json["project_pending"]?.intValue ?? 0))
    }

    /// The wire form, in Synnefo's key order.
    public var json: JSON {
        .object(
            JSONObject([
                ("usage", .int(usage)), ("limit", .int(limit)), ("pending", .int(pending)),
                ("project_usage", .int(projectUsage)), ("project_limit", .int(projectLimit)),
                ("project_pending", .int(projectPending)),
            ]))
    }
}

/// Quota resources and how people read them.
public enum QuotaResource {
    /// Resources whose figures are bytes.
    public static let byteResources: Set<String> = [
        "cyclades.disk", "cyclades.ram", "cyclades.total_ram", "pithos.diskspace", "compute.ram",
    ]

    /// The display names Astakos uses in its 413 message.
    public static func displayName(_ resource: String) -> String {
        switch resource {
        case "cyclades.disk": "Disk"
        case "cyclades.vm": "Virtual Machine"
        case "cyclades.cpu": "CPU"
        case "cyclades.ram": "RAM"
        case "cyclades.floating_ip": "Floating IP address"
        case "cyclades.network.private": "Private Network"
        case "pithos.diskspace": "Storage space"
        case "astakos.pending_app": "Pending Applications"
        default: resource
        }
    }
}
