#if os(Linux)
import Foundation
import KamakiCommands
import Synchronization

extension CommandServer {
    /// How long a client has to send its whole request (one deadline for all of it).
    static let requestPatience = Duration.seconds(5)
    /// Lines longer than this are declined: the argument parser's cost grows with the square of
    /// the words, and a parse cannot be interrupted when the client goes away.
    static let maximumServedWords = 256

    /// Reads one request, decides, sets everything up, and only then accepts it; runs it once
    /// the client confirms with its standard streams. A failure before the command starts
    /// declines (the client runs the command itself), never a silent exit.
    func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let request = Self.readRequest(connection, deadline: .now + Self.requestPatience) else { return }
        if let reason = declineReason(request, connection: connection) {
            decline(connection, reason: reason)
            return
        }
        var finished: [Int32] = [0, 0]
        guard pipe(&finished) == 0 else {
            decline(connection, reason: errno == EMFILE || errno == ENFILE ? "out of descriptors" : "set-up failed")
            return
        }
        for descriptor in finished { UnixSocket.closeOnExec(descriptor) }
        defer { for descriptor in finished { close(descriptor) } }
        // The client's streams come only with its "go": a client that gave up waiting for
        // "accepted" (this server was stopped) runs the command itself, and has left none of its
        // pipes in this server's socket (its readers would never see their end).
        // A client that stops (Ctrl-Z) between the two must not hold this thread for ever.
        let received =
            UnixSocket.write(connection, CommandReply.accepted.encoded(), deadline: .now + Self.requestPatience)
            ? UnixSocket.receive(connection, upTo: 1, maximumDescriptors: 3, deadline: .now + Self.requestPatience) : nil
        guard let go = received, go.bytes == CommandReply.go else {
            for descriptor in received?.descriptors ?? [] { close(descriptor) }
            log.note("kamaki: command server: a client left before its command started")
            return
        }
        guard !go.truncated, go.descriptors.count == 3 else {
            for descriptor in go.descriptors { close(descriptor) }
            decline(connection, reason: go.truncated ? "out of descriptors" : "no standard streams")
            return
        }
        let prepared = PreparedCommand(request: request, streams: go.descriptors, finished: finished, embeddedCloud: embeddedCloud)
        log.note("kamaki: command server runs a command")
        let status = prepared.run(connection: connection)
        log.note("kamaki: command server ran a command (status \(status))")
        _ = UnixSocket.write(connection, CommandReply.status(status).encoded(), deadline: .now + Self.requestPatience)
        // The id cache is written once the client has its reply, before the command counts as done.
        IDCache.savePending()
    }

    private func decline(_ connection: Int32, reason: String) {
        log.note("kamaki: command server declined a command (\(reason))")
        _ = UnixSocket.write(connection, CommandReply.declined.encoded(), deadline: .now + Self.requestPatience)
    }

    /// Why the client should run the command itself, nothing of it having run here:
    /// - `groups`: another effective group or other supplementary groups (as the request says,
    ///   or as the kernel saw the client connect): the command would use the server's groups;
    /// - `umask`: files the command makes would get other modes;
    /// - `long line`: more than ``maximumServedWords`` words (see there);
    /// - `local`: the parsed command is the local cloud's maintenance or its foreground server
    ///   (``CommandRunner/reasonToRunInOwnProcess(_:)``).
    func declineReason(_ request: CommandRequest, connection: Int32) -> String? {
        if request.groupID != groupID || request.groups.sorted() != groups { return "groups" }
        if let peer = UnixSocket.peerCredentials(connection), peer.gid != groupID { return "groups" }
        if let peerGroups = UnixSocket.peerGroups(connection), peerGroups != groups { return "groups" }
        if request.fileMask != fileMask { return "umask" }
        if request.arguments.count > Self.maximumServedWords { return "long line" }
        return CommandRunner.reasonToRunInOwnProcess(request.arguments)
    }

    /// The request, all of it read by `deadline`; `nil` when it is malformed or late.
    static func readRequest(_ connection: Int32, deadline: ContinuousClock.Instant) -> CommandRequest? {
        guard let header = UnixSocket.read(connection, exactly: 8, deadline: deadline),
            let length = CommandRequest.payloadLength(header: header[...]),
            let payload = UnixSocket.read(connection, exactly: length, deadline: deadline)
        else { return nil }
        return CommandRequest.decode(payload: payload[...])
    }
}

/// A served command, with what it needs.
private struct PreparedCommand {
    let request: CommandRequest
    let streams: [Int32]
    let environment: RunEnvironment
    let output: ClientOutput
    /// Written by the command's task when it ends; the server's thread waits on it and the client.
    let finished: [Int32]

    /// `finished`: a pipe made before "accepted" (making it is what can fail).
    init(request: CommandRequest, streams: [Int32], finished: [Int32], embeddedCloud: (any EmbeddedCloudLauncher)?) {
        let variables = request.variables
        var environment = RunEnvironment(
            variables: variables, homeDirectory: variables["HOME"] ?? RunEnvironment.accountHomeDirectory(),
            stdinIsTerminal: isatty(streams[0]) == 1, stdoutIsTerminal: isatty(streams[1]) == 1, stderrIsTerminal: isatty(streams[2]) == 1,
            embeddedCloud: embeddedCloud, workingDirectory: request.workingDirectory)
        environment.sharesConnections = true
        self.request = request
        self.streams = streams
        self.environment = environment
        self.output = ClientOutput(
            target: FileDescriptorSink(standard: streams[1], error: streams[2], columnsVariable: variables["COLUMNS"]))
        self.finished = finished
    }

    /// Runs the command on the client's streams; cancels it if the client goes away first. Closes
    /// the client's streams before it returns (the client's readers must not wait on us).
    func run(connection: Int32) -> Int32 {
        defer { for descriptor in streams { close(descriptor) } }
        let running = RunningCommand()
        let (environment, output, arguments, done) = (environment, output, request.arguments, finished[1])
        running.start(
            Task.detached {
                let status = await RunEnvironment.$served.withValue(environment) {
                    await CommandRunner(environment: environment).run(arguments, output: output)
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
            // The client went away (it sends nothing after "go"): stop the command quietly.
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
#endif
