public import KamakiAPI

/// An OpenStack project's quotas in the shape `quota list` shows Synnefo's (`GET {account}/quotas`):
/// `{project: {resource: {usage, limit, pending, project_*}}}`.
///
/// - Neutron's `GET /v2.0/quotas/{project}/details` gives `{"quota": {name: {limit, used, reserved}}}`:
///   each is `network.NAME`, `reserved` being what Synnefo calls pending.
/// - Nova's `GET /limits` gives `absolute` limits and usage: servers (`compute.instances`), cores
///   (`compute.cores`) and RAM (`compute.ram`, in bytes as Synnefo's RAM is; Nova counts MiB).
///
/// A limit of -1 means unlimited on OpenStack and stays -1.
enum OpenStackQuotas {
    /// Nova's absolute limits kamaki shows: (resource, limit key, usage key, bytes per unit).
    static let novaLimits: [(String, String, String, Int64)] = [
        ("compute.instances", "maxTotalInstances", "totalInstancesUsed", 1),
        ("compute.cores", "maxTotalCores", "totalCoresUsed", 1),
        ("compute.ram", "maxTotalRAMSize", "totalRAMUsed", 1 << 20),
    ]

    static func quotas(projectID: String, neutron: JSON?, nova: JSON?) -> JSONObject {
        var resources = JSONObject()
        if let absolute = nova?["limits"]?["absolute"] {
            for (name, limitKey, usageKey, unit) in novaLimits {
                guard let limit = absolute[limitKey]?.intValue else { continue }
                let used = Int64(absolute[usageKey]?.intValue ?? 0)
                resources[name] = QuotaValue(usage: used * unit, limit: limit < 0 ? -1 : Int64(limit) * unit).json
            }
        }
        for (name, figures) in neutron?["quota"]?.objectValue ?? JSONObject() {
            guard let limit = figures["limit"]?.intValue else { continue }
            resources["network." + name] =
                QuotaValue(
                    usage: Int64(figures["used"]?.intValue ?? 0), limit: Int64(limit), pending: Int64(figures["reserved"]?.intValue ?? 0)
                ).json
        }
        return JSONObject([(projectID, .object(resources))])
    }
}

extension CloudClient {
    /// The token's project's quotas (``OpenStackQuotas``): `GET /v2.0/quotas/{project}/details` and Nova's
    /// `GET /limits`, in kamaki's quota shape.
    func openStackQuotas() async throws -> JSONObject {
        guard let project = try await access().defaultProject, !project.isEmpty else {
            throw ClientError(.configuration("The token is not scoped to a project, which OpenStack quotas belong to"))
        }
        let path = "/quotas/" + (try Self.segment(project)) + "/details"
        async let neutron = request("GET", .network, path, expect: 200) { $0 }
        async let nova = request("GET", .compute, "/limits", expect: 200) { $0 }
        return OpenStackQuotas.quotas(projectID: project, neutron: try await neutron, nova: try await nova)
    }
}
