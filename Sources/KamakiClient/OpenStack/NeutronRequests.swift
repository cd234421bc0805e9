public import KamakiAPI

extension CloudClient {
    /// Neutron's `POST /networks` body: `{"network": {"name"?, "admin_state_up", "shared"?, "project_id"?}}`.
    /// A Synnefo network type has no meaning there (Neutron's provider types are an admin's), so a given
    /// one is refused rather than dropped.
    static func neutronNetworkBody(name: String?, type: String?, shared: Bool, projectID: String?) throws(ClientError) -> JSON {
        if let type {
            throw ClientError(
                .invalidArgument(
                    "--type \(type) is a Synnefo network type, which has no meaning on an OpenStack cloud; omit --type"))
        }
        var network = JSONObject()
        if let name { network["name"] = .string(name) }
        network["admin_state_up"] = .bool(true)
        if shared { network["shared"] = .bool(true) }
        if let projectID { network["project_id"] = .string(projectID) }
        return .object(JSONObject([("network", .object(network))]))
    }
}
