import Synchronization

/// The shell's session context: the network and server the user selected with `use`.
///
/// Commands that need a network or a server and were not given one take it from here,
/// and say so on stderr.
public final class SessionState: Sendable {
    private let selections = Mutex<(network: String?, server: String?)>((nil, nil))

    public init() {}

    /// The network selected with `use network ID`.
    public var network: String? {
        get { selections.withLock { $0.network } }
        set { selections.withLock { $0.network = newValue } }
    }

    /// The server selected with `use server ID`.
    public var server: String? {
        get { selections.withLock { $0.server } }
        set { selections.withLock { $0.server = newValue } }
    }
}
