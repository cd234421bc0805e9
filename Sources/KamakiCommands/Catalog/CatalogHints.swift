import KamakiAPI

/// What the help dump does not say: which values an option takes. (The kind of id an argument
/// takes is in the dump: ``ToolInfoMirror/Argument/idKind``.)
enum CatalogHints {
    /// The value choices of an option spelled `names` in `group`.
    static func choices(for names: [String], group: String?, listed: [String]) -> [String] {
        for name in names {
            switch name {
            case "--output-format": return listed.isEmpty ? ["json"] : listed
            case "--while", "--until", "--status": return statuses(group: group)
            case "--type" where group == "network": return NetworkType.all
            default: continue
            }
        }
        return listed
    }

    static func statuses(group: String?) -> [String] {
        switch group {
        case "port": PortStatus.all
        case "server": ServerStatus.all
        default: []
        }
    }
}
