import KamakiAPI

/// The kinds of resource whose ids complete.
public enum IDKind: String, Sendable, CaseIterable {
    case network, subnet, port
    case floatingIP = "ip"
    case server
    case flavor, image, keypair
}

extension IDKind {
    /// Whether `id` is one of this kind that may be cached and offered for completion. Ids are
    /// ``ResourceID/isWellFormed(_:)``; a keypair's id is its name, which users write with spaces
    /// ("My Uploaded Key", in kamaki's guide): any printable text up to 255 bytes that does not
    /// start with `-` or a space (it would read as an option, or be lost when a line is split). The
    /// shell quotes what it inserts; bash completion offers only well-formed ids.
    public func accepts(_ id: String) -> Bool {
        guard self == .keypair else { return ResourceID.isWellFormed(id) }
        guard let first = id.unicodeScalars.first, let last = id.unicodeScalars.last, id.utf8.count <= 255 else { return false }
        return first != "-" && !first.properties.isWhitespace && !last.properties.isWhitespace && !TerminalText.containsControl(id)
    }

    /// The value names (`<server-id>`) that the arguments and options taking an id of this kind
    /// declare, with ``IDCompletion`` as their completion. The catalog reads a value's kind
    /// from these, never from the option's spelling or its command group.
    var valueNames: [String] {
        switch self {
        case .network: ["network-id"]
        case .subnet: ["subnet-id"]
        case .port: ["port-id"]
        case .floatingIP: ["ip-id", "ip"]
        case .server: ["server-id", "device-id"]
        case .flavor: ["flavor-id"]
        case .image: ["image-id"]
        case .keypair: ["key-name"]
        }
    }

    /// The kind whose ids an argument declared with `valueName` takes.
    init?(valueName: String) {
        guard let kind = Self.allCases.first(where: { $0.valueNames.contains(valueName) }) else { return nil }
        self = kind
    }

    /// The kind in words: `floating IP`.
    public var noun: String {
        switch self {
        case .floatingIP: "floating IP"
        default: rawValue
        }
    }

    /// The command that lists this kind (and refreshes its cached ids).
    public var listCommand: String { "kamaki \(rawValue) list" }
}
