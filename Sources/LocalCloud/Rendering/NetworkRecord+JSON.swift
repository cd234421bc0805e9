import KamakiAPI

extension NetworkRecord {
    /// The network object in Synnefo's key order.
    func json(_ links: Links) -> JSON {
        .object(
            JSONObject([
                ("id", .string(String(id))),
                ("name", .string(name)),
                ("links", links.networkLinks("networks", id)),
                ("user_id", .optional(userID)),
                ("tenant_id", .optional(userID)),
                ("shared_to_project", false),
                ("type", .string(type)),
                ("status", .string(deleted == nil ? "ACTIVE" : "DELETED")),
                ("public", .bool(isPublic)),
                ("shared", .bool(isPublic)),
                ("router:external", .bool(isPublic)),
                ("admin_state_up", true),
                ("subnets", .array(subnetIDs.map { .string(String($0)) })),
                ("SNF:floating_ip_pool", .bool(isFloatingIPPool)),
                ("created", .string(Timestamp.iso(created))),
                ("updated", .string(Timestamp.iso(updated))),
                ("deleted", .bool(deleted != nil)),
            ]))
    }
}
