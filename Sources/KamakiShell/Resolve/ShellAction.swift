import KamakiCommands

/// What a shell line asks for, decided by ``LineResolver`` without running anything.
public enum ShellAction: Sendable, Equatable {
    /// An empty line or a comment.
    case nothing
    /// Enter a group's context (`ip`).
    case enter(group: String)
    /// Leave the current context (`exit`, `..`); at the top this ends the shell.
    case leave
    /// End the shell (`/exit`).
    case quit
    /// Run a command: the full words after `kamaki`.
    case run([String])
    /// Show help: `[]` for the current context, `[group]`, or `[group, verb]`.
    case help([String])
    /// Run a command line through `/bin/sh -c` (`!cmd`).
    case system(String)
    /// Select a network or server for the session (`use server 142`).
    case use(Selection, String)
    /// Switch the session's cloud (`use cloud lab`).
    case useCloud(String)
    /// Clear one selection, or both (`unuse`).
    case unuse(Selection?)
    /// Show the session context.
    case showContext
    /// The guided tutorial: `tutorial [NAME|stop|reset]`, `next`, `back`, `skip`.
    case tutorial([String])
    /// A line that cannot be run; the message says why.
    case error(String)
    /// A command (`.run`, `.help`, `.showContext`) whose output goes on to `/bin/sh`
    /// (`server list | grep 141`, `network list > nets.txt`): ``ShellPipe``.
    indirect case pipe(ShellAction, ShellPipe)

    /// What `use` can select.
    public enum Selection: String, Sendable, Equatable, CaseIterable {
        case network, server

        /// The kind of id it selects.
        public var kind: IDKind {
            switch self {
            case .network: .network
            case .server: .server
            }
        }
    }
}
