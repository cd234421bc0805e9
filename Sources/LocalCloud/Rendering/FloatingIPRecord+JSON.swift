import KamakiAPI

extension FloatingIPRecord {
    /// The floating IP object in Synnefo's key order.
    var json: JSON {
        .object(
            JSONObject([
                ("id", .string(String(id))),
                ("floating_ip_address", .string(IPv4.format(address))),
                ("floating_network_id", .string(String(networkID))),
                ("fixed_ip_address", .null),
                ("port_id", .optional(portID.map { String($0) })),
                ("instance_id", .optional(instanceID.map { String($0) })),
                ("user_id", .string(userID)),
                ("tenant_id", .string(userID)),
                ("shared_to_project", false),
                ("deleted", .bool(deleted != nil)),
            ]))
    }
}
