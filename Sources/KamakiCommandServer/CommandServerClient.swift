#if os(Linux)
import Foundation
import KamakiCommands

/// A one-shot `kamaki` handing its command to the command server (``CommandServer``), and
/// starting one when there is none. Kept to plain system calls: it runs before anything else.
public enum CommandServerClient {
    /// What became of a command offered to the server.
    public enum Outcome: Sendable, Equatable {
        /// The server ran it; exit with this status.
        case ran(Int32)
        /// Nothing of it ran: run it in this process. `startServer`: no server was reachable.
        case notRun(startServer: Bool)
    }

    /// How long a client waits for the server's "accepted" (or "declined") before it runs the
    /// command itself: a stopped or hung server must never hold a command up.
    static let patience = Duration.seconds(1)

    /// Whether `KAMAKI_COMMAND_SERVER` allows a server (`off`, `0`, `no` or `false` forbid it).
    public static func enabled(_ environment: RunEnvironment) -> Bool {
        guard let value = environment.variables["KAMAKI_COMMAND_SERVER"] else { return true }
        return !["off", "0", "no", "false"].contains(value.lowercased())
    }

    /// Offers the command (the words after `kamaki`) to this binary's server.
    public static func run(_ arguments: [String], environment: RunEnvironment) -> Outcome {
        // Closed standard streams cannot be handed over (and the socket would take their number).
        guard enabled(environment), (0...2).allSatisfy({ fcntl($0, F_GETFD) != -1 }),
            let address = CommandServerAddress.current(runtimeDirectory: environment.variables["XDG_RUNTIME_DIR"])
        else { return .notRun(startServer: false) }
        let folder: RuntimeFolder
        switch RuntimeFolder.open(address, create: false) {
        case .success(let opened): folder = opened
        // A folder that is not there yet: a server makes it. One that is not safe: no server then.
        case .failure(let problem): return .notRun(startServer: problem == .missing)
        }
        guard let connection = UnixSocket.connect(to: folder.path(address.socketName)) else { return .notRun(startServer: true) }
        defer { close(connection) }
        guard UnixSocket.peerUser(connection) == geteuid(), let workingDirectory = RunEnvironment.processWorkingDirectory() else {
            return .notRun(startServer: false)
        }
        let (groupID, groups) = CommandServer.ownGroups()
        let request = CommandRequest(
            arguments: arguments, environment: RunEnvironment.processEntries(), workingDirectory: workingDirectory,
            fileMask: RunEnvironment.processFileMask(), groupID: groupID, groups: groups)
        // A server that stops, hangs or declines before "accepted" has run nothing of the command;
        // after "accepted", it runs only once this client has said "go" (with its streams), and it
        // may still decline then (out of descriptors), nothing having run.
        let deadline = ContinuousClock.now + patience
        guard UnixSocket.write(connection, request.encoded(), deadline: deadline),
            let first = UnixSocket.read(connection, exactly: CommandReply.size, deadline: deadline),
            CommandReply.decode(first) == .accepted,
            UnixSocket.send(connection, CommandReply.go, descriptors: [0, 1, 2], deadline: deadline)
        else { return .notRun(startServer: false) }
        switch UnixSocket.read(connection, exactly: CommandReply.size).flatMap(CommandReply.decode) {
        case .status(let status):
            return .ran(status)
        case .declined:
            return .notRun(startServer: false)
        default:
            FileDescriptorSink(columnsVariable: nil).note(
                "kamaki: the command server stopped before the command finished\n"
                    + "|  To run commands without it: export KAMAKI_COMMAND_SERVER=off")
            return .ran(ExitStatus.failure)
        }
    }

    /// Starts this binary's command server in the background, detached from this process's
    /// session and files (it must not hold a caller's pipe open). Failures are silent: the
    /// server only saves time.
    public static func startServer(environment: RunEnvironment) {
        guard enabled(environment), let executable = realpath("/proc/self/exe", nil) else { return }
        defer { free(executable) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in inheritedDescriptors() { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        // It makes a session of its own as it starts (CommandServer.run), leaving the terminal.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let passed = ["XDG_RUNTIME_DIR", "KAMAKI_COMMAND_SERVER_IDLE", "PATH"].compactMap { name in
            environment.variables[name].map { "\(name)=\($0)" }
        }
        let arguments = ["kamaki", "--command-server"]
        var pid = pid_t()
        withCStrings(arguments) { argv in
            withCStrings(passed) { envp in
                _ = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            }
        }
    }

    /// This process's open descriptors above stderr that a child would inherit.
    static func inheritedDescriptors() -> [Int32] {
        guard let folder = opendir("/proc/self/fd") else { return [] }
        defer { closedir(folder) }
        let own = dirfd(folder)
        var descriptors: [Int32] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard let fd = Int32(name), fd > 2, fd != own, fcntl(fd, F_GETFD) & FD_CLOEXEC == 0 else { continue }
            descriptors.append(fd)
        }
        return descriptors
    }

    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> T) -> T {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
#endif
