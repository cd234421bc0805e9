import KamakiAPI
import KamakiClient

/// kamaki 0.16's probes after a failed `server create`: for a 400, 404 or 409, each network it
/// named is looked up, and each address checked against the user's floating IPs, so the error
/// says which network is missing or which IP is not reserved, on another network or in use.
enum ServerCreateErrors {
    static let aboutIPs = ["To list available IPs:", "  kamaki ip list", "To reserve a new IP:", "  kamaki ip create"]

    static func probed(_ error: any Error, request: ServerCreateRequest, client: CloudClient) async -> any Error {
        guard let failure = error as? ClientError, let status = failure.status, [400, 404, 409].contains(status) else { return error }
        let connections = request.networks ?? []
        for connection in connections {
            do {
                _ = try await client.network(connection.networkID)
            } catch {
                if case let missing as CommandError = ResourceErrors.notFound(error, kind: .network, id: connection.networkID) {
                    return missing
                }
            }
        }
        let addressed = connections.filter { $0.fixedIP != nil }
        guard !addressed.isEmpty, let ips = try? await client.listFloatingIPs() else { return error }
        let raw = ErrorPresenter.rawLine(failure) ?? failure.description
        for connection in addressed {
            guard let address = connection.fixedIP else { continue }
            guard let ip = ips.first(where: { $0.address == address }) else {
                return CommandError("(\(status)) IP \(address) is not reserved by you", details: [raw] + aboutIPs)
            }
            if ip.networkID != connection.networkID {
                return CommandError(
                    "(\(status)) IP \(address) belongs to network \(ip.networkID), not \(connection.networkID)",
                    details: [raw, "To use it:", "  --network=\(ip.networkID),\(address)"] + aboutIPs)
            }
            if let device = ip.instanceID {
                return CommandError(
                    "(\(status)) IP \(address) is already used by device \(device)",
                    details: [raw, "To get details on IP:", "  kamaki ip info \(ip.id)"] + aboutIPs)
            }
        }
        return error
    }
}
