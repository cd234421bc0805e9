public import KamakiAPI

extension ServerAction {
    /// The body Nova takes: `{"os-start": null}`, `{"os-stop": null}`, `{"reboot": {"type"}}` (Cyclades'
    /// `start` and `shutdown` are not Nova actions).
    var novaJSON: JSON {
        switch self {
        case .start: .object(JSONObject([("os-start", .null)]))
        case .shutdown: .object(JSONObject([("os-stop", .null)]))
        case .reboot: json
        }
    }
}

extension ServerCreateRequest {
    /// The body Nova takes at kamaki's microversion: `networks` is required (from 2.37), so without any
    /// the server goes on `defaultNetwork`, and no network at all is `"none"`; a project is not something
    /// Nova's create takes.
    func novaJSON(defaultNetwork: () async throws -> String) async throws -> JSON {
        if projectID != nil {
            throw ClientError(
                .invalidArgument("--project-id has no meaning on an OpenStack cloud: a server belongs to the token's project"))
        }
        var request = self
        if request.networks == nil { request.networks = [NetworkConnection(networkID: try await defaultNetwork())] }
        guard request.networks?.isEmpty == true, var server = request.json["server"]?.objectValue else { return request.json }
        // `--no-network`: Nova's word for it.
        server["networks"] = .string("none")
        return .object(JSONObject([("server", .object(server))]))
    }
}

extension CloudClient {
    /// The network a new server goes on when none is named: the project's one network that is not
    /// external; none or several is an error asking for `--network`.
    func defaultServerNetwork() async throws -> String {
        let own = try await listNetworks().filter { !$0.isPublic }
        guard own.count == 1 else {
            throw ClientError(
                .invalidArgument(
                    own.isEmpty
                        ? "This project has no network for a new server: create one (kamaki network create) and give it with --network"
                        : "Several networks can take a new server (\(own.map { $0.name.isEmpty ? $0.id : $0.name }.joined(separator: ", "))); choose with --network"
                ))
        }
        return own[0].id
    }
}
