import KamakiAPI
import KamakiClient
import KamakiCommands

/// The resources a tutorial's ids depend on. Both tutorials start from the embedded cloud's seed
/// (LocalCloud's `Seeds/`): servers 141 and 142, the public network 1, no floating IP and no
/// keypair; their steps name the ids that world gives (network 2, IPs 8 and 9, server 144). On a
/// world where a tutorial already ran, those ids differ and the steps fail, so the shell checks
/// before step 1 and offers `tutorial reset`.
///
/// What it cannot see: a world changed and changed back (a network made and deleted moves the
/// next network's id on). A step that then differs says so and offers `tutorial reset` too.
struct TutorialWorld: Equatable, Sendable {
    var servers: [String]
    var networks: [String]
    var floatingIPs: [String]
    var keypairs: [String]

    static let start = TutorialWorld(servers: ["141", "142"], networks: ["1"], floatingIPs: [], keypairs: [])

    /// The world as `client`'s cloud lists it.
    static func read(_ client: CloudClient) async throws -> TutorialWorld {
        async let servers = client.listServers()
        async let networks = client.listNetworks()
        async let ips = client.listFloatingIPs()
        async let keypairs = client.listKeypairs()
        return try await TutorialWorld(
            servers: servers.map(\.id), networks: networks.map(\.id), floatingIPs: ips.map(\.id), keypairs: keypairs.map(\.name))
    }

    /// The world of the session's cloud, or nil when it cannot be listed (the tutorial's first
    /// step then says what is wrong).
    static func read(_ connection: CloudConnection) -> TutorialWorld? {
        CommandTask.value { try? await TutorialWorld.read(connection.client()) } ?? nil
    }

    /// How this world differs from `start`, one phrase per kind (`networks 1, 2 (the tutorial starts with 1)`).
    func differences(from start: TutorialWorld = .start) -> [String] {
        let kinds: [(String, KeyPath<TutorialWorld, [String]>)] = [
            ("servers", \.servers), ("networks", \.networks), ("floating IPs", \.floatingIPs), ("keypairs", \.keypairs),
        ]
        return kinds.compactMap { noun, path in
            let (here, there) = (self[keyPath: path].sorted(by: Self.idOrder), start[keyPath: path].sorted(by: Self.idOrder))
            guard here != there else { return nil }
            let shown = Self.phrase(here)
            return "\(noun) \(shown) (the tutorial starts with \(there.isEmpty ? "none" : Self.phrase(there)))"
        }
    }

    private static func phrase(_ ids: [String]) -> String {
        guard !ids.isEmpty else { return "none" }
        let shown = ids.prefix(8).map(TerminalText.escaped).joined(separator: ", ")
        return ids.count > 8 ? shown + ", … (\(ids.count))" : shown
    }

    private static func idOrder(_ a: String, _ b: String) -> Bool {
        if let x = Int(a), let y = Int(b) { return x < y }
        return a < b
    }
}
