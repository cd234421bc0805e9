#if os(Linux)
import Foundation
import KamakiClient
import KamakiCommands
import Synchronization

/// Runs one-shot commands for `kamaki` clients, so that they skip start-up work a fresh process
/// repeats every time (the runtime's first type lookups, the argument parser's first use, the
/// HTTP client's event loop). Started in the background by the first one-shot command that
/// finds none (`kamaki --command-server`), it serves the clients of its own user on a private
/// Unix socket and exits after `KAMAKI_COMMAND_SERVER_IDLE` seconds (default 300) without one.
///
/// Each command runs with the client's arguments, environment and folder, and writes to the
/// client's own stdout and stderr, received as file descriptors; the client exits with the
/// command's status. A client that goes away (Ctrl-C) cancels its command. What the server
/// declines (the client then runs the command itself) is in ``declineReason(_:connection:)``.
public final class CommandServer: Sendable {
    let folder: RuntimeFolder
    let embeddedCloud: (any EmbeddedCloudLauncher)?
    let idleTimeout: Duration
    let log = FileDescriptorSink(columnsVariable: nil)
    /// This process's umask, effective group and supplementary groups (sorted), read once at start.
    let fileMask: UInt32
    let groupID: UInt32
    let groups: [UInt32]
    /// Commands running, and when the last one ended.
    let activity = Mutex<(running: Int, since: ContinuousClock.Instant)>((0, .now))
    /// A descriptor kept free (on /dev/null) to decline a client with when all others are used.
    private let spare = Mutex<Int32>(-1)

    /// The default idle time before the server exits, and the longest one accepted.
    public static let defaultIdleSeconds = 300
    public static let maximumIdleSeconds = 86_400

    init(folder: RuntimeFolder, embeddedCloud: (any EmbeddedCloudLauncher)?, idleTimeout: Duration) {
        self.folder = folder
        self.embeddedCloud = embeddedCloud
        self.idleTimeout = idleTimeout
        fileMask = RunEnvironment.processFileMask()
        (groupID, groups) = Self.ownGroups()
    }

    /// Serves until idle; the process's exit status. Exits at once (status 0) when another
    /// server already serves this binary's socket; with status 1 and a message when its folder
    /// cannot be used safely.
    public static func serve(environment: RunEnvironment, embeddedCloud: (any EmbeddedCloudLauncher)?) -> Int32 {
        let log = FileDescriptorSink(columnsVariable: nil)
        // Opened first, so that it has a low number (any lower descriptor limit still allows it).
        let spare = open("/dev/null", O_RDONLY | O_CLOEXEC)
        let idle = idleSeconds(environment.variables["KAMAKI_COMMAND_SERVER_IDLE"])
        if idle.ignored { log.note("kamaki: KAMAKI_COMMAND_SERVER_IDLE must be 1 to \(maximumIdleSeconds) seconds; using \(idle.seconds)") }
        guard let address = CommandServerAddress.current(runtimeDirectory: environment.variables["XDG_RUNTIME_DIR"]) else {
            log.note("kamaki: cannot identify this kamaki binary for its command server")
            return ExitStatus.failure
        }
        switch RuntimeFolder.open(address, create: true) {
        case .failure(let problem):
            let reason = if case .unsafe(let why) = problem { why } else { "\(address.directory) is missing" }
            log.note("kamaki: no command server: \(reason)")
            return ExitStatus.failure
        case .success(let folder):
            let server = CommandServer(folder: folder, embeddedCloud: embeddedCloud, idleTimeout: .seconds(idle.seconds))
            server.spare.withLock { $0 = spare }
            return server.run()
        }
    }

    /// The idle time `KAMAKI_COMMAND_SERVER_IDLE` asks for, if it is a whole number of seconds
    /// from 1 to a day; else the default (`ignored` when a value was given).
    static func idleSeconds(_ value: String?) -> (seconds: Int, ignored: Bool) {
        guard let value else { return (defaultIdleSeconds, false) }
        guard let seconds = Int(value), (1...maximumIdleSeconds).contains(seconds) else { return (defaultIdleSeconds, true) }
        return (seconds, false)
    }

    /// The effective group and the sorted supplementary groups of this process.
    static func ownGroups() -> (UInt32, [UInt32]) {
        var groups = [gid_t](repeating: 0, count: min(max(0, Int(getgroups(0, nil))), CommandRequest.maximumGroups))
        let count = getgroups(Int32(groups.count), &groups)
        return (getegid(), Array(groups.prefix(max(0, Int(count)))).sorted())
    }

    func run() -> Int32 {
        // A session of its own: no controlling terminal, so no job-control stops (SIGTTOU) when a
        // command writes to a client's terminal, and no SIGHUP when the terminal that started it closes.
        _ = setsid()
        guard let lock = folder.openLock() else {
            log.note("kamaki: no command server: \(folder.address.directory)/\(folder.address.lockName) is not a plain file of this user")
            return ExitStatus.failure
        }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            log.note("kamaki: a command server already serves \(folder.address.socketPath)")
            return ExitStatus.success
        }
        // The lock names the server's process, for `kill $(cat …lock)`.
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(lock, 0)
        _ = pwrite(lock, pid, pid.count, 0)
        folder.removeSocket()
        guard let listener = UnixSocket.listen(at: folder.path(folder.address.socketName)) else {
            log.note("kamaki: cannot listen on \(folder.address.socketPath)")
            return ExitStatus.failure
        }
        Self.handleSignals(folder: folder)
        _ = chdir("/")
        log.note("kamaki: command server listening on \(folder.address.socketPath)")
        warmUp()
        while let connection = nextConnection(listener) {
            activity.withLock { $0.running += 1 }
            Thread.detachNewThread { [self] in
                serve(connection)
                activity.withLock { $0 = ($0.running - 1, .now) }
            }
        }
        // Clients that connect from now on get no answer and run their command themselves.
        folder.removeSocket()
        close(listener)
        log.note("kamaki: command server idle for \(idleTimeout), exiting")
        return ExitStatus.success
    }

    /// Does once, in the background, the first-use work every command needs (the argument
    /// parser's, the shared HTTP client's event loop), so that the client that started the
    /// server finds it ready for its next command.
    private func warmUp() {
        Task.detached(priority: .utility) { [log] in
            let quiet = BufferedOutput()
            _ = await CommandRunner(environment: RunEnvironment(variables: [:], homeDirectory: "/nonexistent"))
                .run(["network", "list", "--help"], output: quiet)
            var configuration = ClientConfiguration(identityURL: "http://127.0.0.1/identity/v2.0", token: "", cacheDirectory: nil)
            configuration.sharesConnections = true
            _ = CloudClient(configuration: configuration)
            log.note("kamaki: command server ready")
        }
    }

    /// SIGPIPE ignored (a client's closed pipe is a failed write), as are the terminal stops of
    /// a server started from a job-control shell that could not leave its session; SIGTERM, SIGINT and SIGHUP
    /// remove the socket (by its name in the checked folder) and end the server. Signals are
    /// unblocked first: a server started from a thread that blocks them must still stop when told.
    private static func handleSignals(folder: RuntimeFolder) {
        for ignored in [SIGPIPE, SIGTTOU, SIGTTIN] { signal(ignored, SIG_IGN) }
        stoppingSocket = (folder.descriptor, strdup(folder.address.socketName))
        for stopping in [SIGTERM, SIGINT, SIGHUP] {
            signal(stopping) { _ in
                if let name = stoppingSocket.name { unlinkat(stoppingSocket.folder, name, 0) }
                _exit(0)
            }
        }
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
    }

    /// The next client of this user, or `nil` once the server has been idle long enough. Out of
    /// descriptors, a client is declined on the spare one (and told so at once) rather than left
    /// waiting; if even that fails, it waits for the client's own patience (about a second).
    private func nextConnection(_ listener: Int32) -> Int32? {
        while true {
            let (running, since) = activity.withLock { ($0.running, $0.since) }
            let left = running > 0 ? idleTimeout : idleTimeout - (ContinuousClock.now - since)
            if left <= .zero { return nil }
            guard UnixSocket.wait(listener, for: Int16(POLLIN), until: .now + left) else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if errno == EMFILE || errno == ENFILE { declineOnSpare(listener) }
                continue
            }
            UnixSocket.closeOnExec(connection)
            if UnixSocket.peerUser(connection) == geteuid() { return connection }
            close(connection)
        }
    }

    /// Frees the spare descriptor, accepts one client on it and declines it, then takes the
    /// spare back. Pauses a little when that fails too, so that a full table is never a busy loop.
    private func declineOnSpare(_ listener: Int32) {
        let declined = spare.withLock { spare -> Bool in
            guard spare >= 0 else { return false }
            close(spare)
            let connection = accept(listener, nil, nil)
            if connection >= 0 {
                _ = UnixSocket.write(connection, CommandReply.declined.encoded(), deadline: .now + .seconds(1))
                close(connection)
            }
            spare = open("/dev/null", O_RDONLY | O_CLOEXEC)
            return connection >= 0
        }
        if declined {
            log.note("kamaki: command server declined a command (out of descriptors)")
        } else {
            usleep(100_000)
        }
    }
}

/// The socket a stopping signal removes: the checked folder's descriptor and the socket's name
/// (set once, before the handlers are installed).
nonisolated(unsafe) private var stoppingSocket: (folder: Int32, name: UnsafeMutablePointer<CChar>?) = (-1, nil)
#endif
