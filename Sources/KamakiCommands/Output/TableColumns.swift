/// What the shell's completion knows of `--output-format table`'s columns.
public enum TableColumns {
    /// Whether `words` ask for a table, so that `-c` picks columns (``FormatOptions/columnWords(_:)``).
    public static func asked(in words: [String]) -> Bool {
        FormatOptions.asksForTable(words)
    }

    /// The fields a group's resources are known to have (a cloud may send more; those are columns too).
    public static func known(group: String) -> [String] {
        switch group {
        case "network": FieldOrder.network
        case "subnet": FieldOrder.subnet
        case "port": FieldOrder.port
        case "ip": FieldOrder.floatingIP
        case "server": FieldOrder.createdServer
        case "quota": ["project", "resource", "usage", "limit", "pending"]
        default: []
        }
    }
}
