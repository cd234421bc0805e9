import KamakiAPI

/// What the help dump does not say: which values an option takes and which ids name resources.
enum CatalogHints {
    /// Groups whose positional argument is an id of their own resource.
    static func positionalKind(group: String) -> IDKind? {
        switch group {
        case "network": .network
        case "subnet": .subnet
        case "port": .port
        case "ip": .floatingIP
        case "server": .server
        default: nil
        }
    }

    /// The value choices and id kind of an option spelled `names` in `group`.
    static func values(for names: [String], group: String?, listed: [String]) -> (choices: [String], idKind: IDKind?) {
        for name in names {
            switch name {
            case "--output-format": return (listed.isEmpty ? ["json"] : listed, nil)
            case "--while", "--until", "--status": return (statuses(group: group), nil)
            case "--type" where group == "network": return (NetworkType.all, nil)
            case "--server-id", "--device-id": return ([], .server)
            case "--network-id": return ([], .network)
            case "--subnet-id": return ([], .subnet)
            case "--port-id": return ([], .port)
            default: continue
            }
        }
        return (listed, nil)
    }

    static func statuses(group: String?) -> [String] {
        switch group {
        case "port": PortStatus.all
        case "server": ServerStatus.all
        default: []
        }
    }
}
