import KamakiAPI
import KamakiClient

/// What the networking tutorial's OpenStack steps stand on, found on the cloud before step 1: two
/// active servers that a router connects to the external network (so a floating IP can reach them),
/// that network, the servers' routed network and the router. The Synnefo tutorial's 141, 142 and 1 are
/// these, as `{server1}`, `{server2}` and `{public}` in the steps (``TutorialBindings``).
enum OpenStackTutorialWorld {
    /// How many of the project's active servers are asked for their route (one request each, plus the
    /// routers'): enough for any project with a routed pair near the front of its list.
    static let serversTried = 12

    /// The bindings, or an error saying what the project lacks and how to get it. `ours`: the ids a
    /// tutorial being resumed made (its floating IPs do not make a server's address taken).
    static func bindings(_ client: CloudClient, ours: Set<String> = []) async throws -> TutorialBindings {
        let external = try await client.externalNetworkID()
        let networks = try await client.listNetworks()
        let active = try await client.listServers(detail: true).filter { $0.status == "ACTIVE" }.sorted(by: order)
        // A routed address that carries a floating IP already cannot take the tutorial's (Neutron's 409).
        let carrying = Set(try await client.listFloatingIPs().filter { !ours.contains($0.id) }.compactMap(\.portID))
        var routed: [(server: Server, route: FloatingIPRoute)] = []
        var taken = 0
        for server in active.prefix(serversTried) where routed.count < 2 {
            guard let route = try await client.floatingIPRoute(server: server.id, network: external) else { continue }
            if carrying.contains(route.port.id) {
                taken += 1
            } else {
                routed.append((server, route))
            }
        }
        // Cloud text shown in an error: escaped (the bindings are escaped where they are shown).
        let publicName = label(networks.first { $0.id == external }, or: external)
        let shownPublic = TerminalText.escaped(publicName)
        guard routed.count == 2 else {
            if routed.count + taken >= 2 {
                throw TutorialWorldError.missing(
                    "The network tutorial attaches its floating IPs to two servers whose routed address has none, and \(taken) of "
                        + "this project's servers already carry one (only \(routed.count) is free). Detach one (kamaki ip detach IP) "
                        + "or start another server, then start it again.")
            }
            throw TutorialWorldError.missing(
                active.count < 2
                    ? "The network tutorial needs two active servers, and this project has \(active.count). "
                        + "Create them (kamaki server create), then start it again."
                    : "The network tutorial attaches floating IPs of \(shownPublic) to two servers, and "
                        + (routed.isEmpty ? "none" : "only one")
                        + " of this project's active servers has a port on a network a router connects to "
                        + "\(shownPublic). A router with its gateway on \(shownPublic) and an interface on the servers' subnet is needed "
                        + "(openstack router add subnet ROUTER SUBNET).")
        }
        let (first, second) = (routed[0], routed[1])
        var bindings = TutorialBindings()
        bindings["server1"] = first.server.id
        bindings["server1Name"] = label(first.server, or: first.server.id)
        bindings["server2"] = second.server.id
        bindings["server2Name"] = label(second.server, or: second.server.id)
        bindings["public"] = external
        bindings["publicName"] = publicName
        bindings["routedNet"] = first.route.port.networkID
        bindings["routedNetName"] = label(networks.first { $0.id == first.route.port.networkID }, or: first.route.port.networkID)
        bindings["router"] = first.route.router.id
        bindings["routerName"] = label(first.route.router, or: first.route.router.id)
        return bindings
    }

    /// Servers by name, then id: the same two each time the tutorial starts.
    private static func order(_ a: Server, _ b: Server) -> Bool {
        (a.name, a.id) < (b.name, b.id)
    }

    /// A resource's name, else its id (for the explanations; escaped when shown).
    private static func label(_ resource: (some APIResource)?, or id: String) -> String {
        guard let name = resource?.name, !name.isEmpty else { return id }
        return name
    }
}

/// Why a tutorial cannot start on this cloud.
enum TutorialWorldError: Error, CustomStringConvertible {
    case missing(String)

    var description: String {
        switch self {
        case .missing(let why): why
        }
    }
}
