import KamakiCommands

/// What a command that succeeded may have changed besides what it updated in the id cache itself
/// (a create adds its resource, a delete removes it, `ip attach` marks its IP attached): a deleted
/// server frees its IPs and ports, a new port takes an IP. Those kinds are marked stale, so the
/// next Tab fetches them; they are not fetched at once, as the cloud may still list the state
/// before the change for a while (a port being deleted, an IP whose port is being built).
/// A created or modified resource is listed at once; `local reset` replaces the world.
enum IDChanges {
    /// A group's own kind, and the other kinds its changing verbs may change.
    static let byGroup: [String: (own: IDKind, others: [IDKind])] = [
        "network": (.network, [.subnet, .port, .floatingIP]),
        "subnet": (.subnet, []),
        "port": (.port, [.floatingIP]),
        "ip": (.floatingIP, [.port]),
        "server": (.server, [.port, .floatingIP]),
        "keypair": (.keypair, []),
    ]

    /// Verbs that change nothing.
    static let readOnly: Set<String> = ["list", "info", "wait", "console", "get", "show"]

    /// The kinds to fetch now and those to mark stale after the command line `words` (the full
    /// words after `kamaki`) succeeded.
    static func effects(of words: [String]) -> (fetch: [IDKind], stale: [IDKind]) {
        let names = words.filter { !$0.hasPrefix("-") }
        guard names.count >= 2, !readOnly.contains(names[1]) else { return ([], []) }
        if names[0] == "local" { return names[1] == "reset" ? (IDKind.allCases, []) : ([], []) }
        guard let kinds = byGroup[names[0]] else { return ([], []) }
        return (names[1] == "create" || names[1] == "modify" ? [kinds.own] : [], kinds.others)
    }
}
