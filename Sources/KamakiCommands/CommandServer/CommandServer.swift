import Foundation
import KamakiClient
import Synchronization

/// Runs one-shot commands for `kamaki` clients, so that they skip start-up work a fresh process
/// repeats every time (the runtime's first type lookups, the argument parser's first use, the
/// HTTP client's event loop). Started in the background by the first one-shot command that
/// finds none (`kamaki --command-server`), it serves the clients of its own user on a private
/// Unix socket and exits after `KAMAKI_COMMAND_SERVER_IDLE` seconds (default 300) without one.
///
/// Each command runs with the client's arguments, environment and folder, and writes to the
/// client's own stdout and stderr, received as file descriptors; the client exits with the
/// command's status. A client that goes away (Ctrl-C) cancels its command.
public final class CommandServer: Sendable {
    let address: CommandServerAddress
    let embeddedCloud: (any EmbeddedCloudLauncher)?
    let idleTimeout: Duration
    let log = FileDescriptorSink(columnsVariable: nil)
    /// This process's umask, read once at start.
    let fileMask: UInt32 = {
        let mask = umask(0o022)
        umask(mask)
        return UInt32(mask)
    }()
    /// Commands running, and when the last one ended.
    private let activity = Mutex<(running: Int, since: ContinuousClock.Instant)>((0, .now))

    /// The default idle time before the server exits.
    public static let defaultIdleSeconds = 300

    init(address: CommandServerAddress, embeddedCloud: (any EmbeddedCloudLauncher)?, idleTimeout: Duration) {
        self.address = address
        self.embeddedCloud = embeddedCloud
        self.idleTimeout = idleTimeout
    }

    /// Serves until idle; the process's exit status. Exits at once (status 0) when another
    /// server already serves this binary's socket.
    public static func serve(embeddedCloud: (any EmbeddedCloudLauncher)?) -> Int32 {
        let idle = CommandServerAddress.variable("KAMAKI_COMMAND_SERVER_IDLE").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        guard let address = CommandServerAddress.current(), address.makeDirectory() else {
            FileDescriptorSink(columnsVariable: nil).note("kamaki: no private folder for the command server's socket")
            return ExitStatus.failure
        }
        let server = CommandServer(
            address: address, embeddedCloud: embeddedCloud, idleTimeout: .seconds(idle ?? defaultIdleSeconds))
        return server.run()
    }

    func run() -> Int32 {
        // A session of its own: no controlling terminal, so no job-control stops (SIGTTOU) when a
        // command writes to a client's terminal, and no SIGHUP when the terminal that started it closes.
        _ = setsid()
        let lock = open(address.lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return ExitStatus.failure }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            log.note("kamaki: a command server already serves \(address.socketPath)")
            return ExitStatus.success
        }
        // The lock names the server's process, for `kill $(cat …lock)`.
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(lock, 0)
        _ = pwrite(lock, pid, pid.count, 0)
        unlink(address.socketPath)
        guard let listener = UnixSocket.listen(at: address.socketPath) else {
            log.note("kamaki: cannot listen on \(address.socketPath)")
            return ExitStatus.failure
        }
        Self.handleSignals(socketPath: address.socketPath)
        _ = chdir("/")
        log.note("kamaki: command server listening on \(address.socketPath)")
        Self.warmUp()
        while let connection = nextConnection(listener) {
            activity.withLock { $0.running += 1 }
            Thread.detachNewThread { [self] in
                serve(connection)
                activity.withLock { $0 = ($0.running - 1, .now) }
            }
        }
        // Clients that connect from now on get no answer and run their command themselves.
        unlink(address.socketPath)
        close(listener)
        log.note("kamaki: command server idle for \(idleTimeout), exiting")
        return ExitStatus.success
    }

    /// Does once, in the background, the first-use work every command needs (the argument
    /// parser's, the shared HTTP client's event loop), so that the client that started the
    /// server finds it ready for its next command.
    private static func warmUp() {
        Task.detached(priority: .utility) {
            let quiet = BufferedOutput()
            _ = await CommandRunner(environment: RunEnvironment(variables: [:], homeDirectory: "/nonexistent"))
                .run(["network", "list", "--help"], output: quiet)
            var configuration = ClientConfiguration(identityURL: "http://127.0.0.1/identity/v2.0", token: "", cacheDirectory: nil)
            configuration.sharesConnections = true
            _ = CloudClient(configuration: configuration)
        }
    }

    /// SIGPIPE ignored (a client's closed pipe is a failed write), as are the terminal stops of
    /// a server started from a job-control shell that could not leave its session; SIGTERM, SIGINT and SIGHUP
    /// remove the socket and end the server. Signals are unblocked first: a server started from
    /// a thread that blocks them must still stop when told.
    private static func handleSignals(socketPath: String) {
        for ignored in [SIGPIPE, SIGTTOU, SIGTTIN] { signal(ignored, SIG_IGN) }
        stoppingSocketPath = strdup(socketPath)
        for stopping in [SIGTERM, SIGINT, SIGHUP] {
            signal(stopping) { _ in
                if let path = stoppingSocketPath { unlink(path) }
                _exit(0)
            }
        }
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
    }

    /// The next client of this user, or `nil` once the server has been idle long enough.
    private func nextConnection(_ listener: Int32) -> Int32? {
        while true {
            let (running, since) = activity.withLock { ($0.running, $0.since) }
            let left = running > 0 ? idleTimeout : idleTimeout - (ContinuousClock.now - since)
            if left <= .zero { return nil }
            let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(clamping: milliseconds))
            guard ready > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                // Out of descriptors: the connection stays pending; give running commands time to end.
                if errno == EMFILE || errno == ENFILE { usleep(100_000) }
                continue
            }
            UnixSocket.closeOnExec(connection)
            if UnixSocket.peerUser(connection) == geteuid() { return connection }
            close(connection)
        }
    }

    /// Reads one request, runs it, answers with its status.
    private func serve(_ connection: Int32) {
        defer { close(connection) }
        // A peer that connects and says nothing must not hold the server up.
        var patience = timeval(tv_sec: 5, tv_usec: 0)
        _ = setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &patience, socklen_t(MemoryLayout<timeval>.size))
        guard let (request, streams) = Self.readRequest(connection) else { return }
        if let reason = declineReason(request) {
            streams.forEach { close($0) }
            log.note("kamaki: command server declined a command (\(reason))")
            _ = UnixSocket.write(connection, CommandReply.declined.encoded())
            return
        }
        guard UnixSocket.write(connection, CommandReply.accepted.encoded()) else {
            streams.forEach { close($0) }
            return
        }
        log.note("kamaki: command server runs a command")
        let status = run(request, streams: streams, connection: connection)
        // The client's pipes must be closed here before it exits, or its readers would wait on us.
        streams.forEach { close($0) }
        log.note("kamaki: command server ran a command (status \(status))")
        _ = UnixSocket.write(connection, CommandReply.status(status).encoded())
    }

    /// Why the client should run the command itself: `local` commands (the embedded cloud's
    /// maintenance; `local serve` runs in the foreground until Ctrl-C), or another umask (files
    /// the command makes would get other modes).
    func declineReason(_ request: CommandRequest) -> String? {
        if request.arguments.contains("local") { return "local" }
        if request.fileMask != fileMask { return "umask" }
        return nil
    }

    /// The request and the client's stdin, stdout and stderr.
    static func readRequest(_ connection: Int32) -> (CommandRequest, [Int32])? {
        guard case (var bytes, let streams)? = UnixSocket.receive(connection, upTo: 1 << 16, maximumDescriptors: 3) else { return nil }
        while bytes.count < 8, let more = UnixSocket.read(connection, exactly: 8 - bytes.count) { bytes += more }
        guard streams.count == 3, let length = CommandRequest.payloadLength(header: bytes.prefix(8)), bytes.count <= 8 + length,
            let rest = UnixSocket.read(connection, exactly: 8 + length - bytes.count),
            let request = CommandRequest.decode(payload: (bytes + rest).dropFirst(8))
        else {
            streams.forEach { close($0) }
            return nil
        }
        return (request, streams)
    }

    /// Runs the command on the client's streams; cancels it if the client goes away first.
    private func run(_ request: CommandRequest, streams: [Int32], connection: Int32) -> Int32 {
        let variables = request.variables
        var environment = RunEnvironment(
            variables: variables, homeDirectory: variables["HOME"] ?? NSHomeDirectory(),
            stdinIsTerminal: isatty(streams[0]) == 1, stdoutIsTerminal: isatty(streams[1]) == 1,
            embeddedCloud: embeddedCloud, workingDirectory: request.workingDirectory)
        environment.sharesConnections = true
        var finished: [Int32] = [0, 0]
        guard pipe(&finished) == 0 else { return ExitStatus.failure }
        finished.forEach(UnixSocket.closeOnExec)
        defer { finished.forEach { close($0) } }
        let running = RunningCommand()
        let output = ClientOutput(target: FileDescriptorSink(standard: streams[1], error: streams[2], columnsVariable: variables["COLUMNS"]))
        let done = finished[1]
        running.start(
            Task.detached {
                let status = await RunEnvironment.$served.withValue(environment) {
                    await CommandRunner(environment: environment).run(request.arguments, output: output)
                }
                running.finish(status)
                _ = Glibc.write(done, [UInt8(1)], 1)
            })
        var watched = [
            pollfd(fd: finished[0], events: Int16(POLLIN), revents: 0),
            pollfd(fd: connection, events: Int16(POLLIN), revents: 0),
        ]
        while poll(&watched, 2, -1) < 0, errno == EINTR {}
        if watched[0].revents == 0 {
            // The client went away (it sends nothing after its request): stop the command quietly.
            output.silence()
            running.cancel()
            var waiting = watched[0]
            while poll(&waiting, 1, -1) < 0, errno == EINTR {}
        }
        output.drain()
        return running.status
    }
}

/// A served command's task and, once it ends, its exit status.
private final class RunningCommand: Sendable {
    private let state = Mutex<(task: Task<Void, Never>?, status: Int32)>((nil, ExitStatus.failure))

    func start(_ task: Task<Void, Never>) { state.withLock { $0.task = task } }
    func finish(_ status: Int32) { state.withLock { $0.status = status } }
    @Sendable func cancel() { state.withLock { $0.task?.cancel() } }
    var status: Int32 { state.withLock { $0.status } }
}

/// The socket a stopping signal removes (set once, before the handlers are installed).
nonisolated(unsafe) private var stoppingSocketPath: UnsafeMutablePointer<CChar>?
