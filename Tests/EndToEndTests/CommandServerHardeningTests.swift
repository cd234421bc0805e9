import Foundation
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiCommandServer

/// The command server against a hostile or broken machine: planted links in its folder, a folder
/// that is not its user's, a stopped server, no descriptors left, clients with other groups,
/// absurd settings. In each case the client's command still runs once, with its right output.
@Suite(.serialized, .temporaryDirectoriesPerTest) struct CommandServerHardeningTests {
    var kamaki: String { BinaryRun.product("kamaki") }

    /// A fresh HOME configured for `cloud`, with the command server on.
    func configured(_ cloud: LocalCloud) throws -> [String: String] {
        try BinaryRun.freshEnvironment(cloud: cloud.identityURL, token: cloud.tokens[0]).withCommandServer()
    }

    /// The names of the socket and its lock in the server's folder, learnt from a server run once.
    func serverFileNames(_ environment: [String: String]) throws -> (socket: String, lock: String) {
        let server = try CommandServerProcess(environment: environment)
        server.stop()
        let folder = try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        let lock = try #require(names.first { $0.hasSuffix(".sock.lock") })
        return (String(lock.dropLast(".lock".count)), lock)
    }

    @Test func linksPlantedForTheLockAndTheSocketAreNeverFollowed() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            var environment = try configured(cloud)
            let (socket, lock) = try serverFileNames(environment)
            let folder = try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki"
            try await withTemporaryDirectory { outside in
                for (name, victim) in [(lock, "victim-lock"), (socket, "victim-socket")] {
                    try "precious\n".write(toFile: outside + "/" + victim, atomically: false, encoding: .utf8)
                    unlink(folder + "/" + name)
                    #expect(symlink(outside + "/" + victim, folder + "/" + name) == 0)
                }
                environment["KAMAKI_COMMAND_SERVER_IDLE"] = "1"
                let started = try BinaryRun.run(kamaki, ["--command-server"], environment: environment)
                #expect(started.status != 0, "\(started.err)")
                #expect(!started.err.contains("listening on"), "\(started.err)")
                let listed = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
                #expect(listed.status == 0, "\(listed.err)")
                #expect(listed.out == "1 public_network ( public )\n")
                for victim in ["victim-lock", "victim-socket"] {
                    #expect(try String(contentsOfFile: outside + "/" + victim, encoding: .utf8) == "precious\n", "\(victim)")
                    let attributes = try FileManager.default.attributesOfItem(atPath: outside + "/" + victim)
                    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
                }
            }
        }
    }

    /// As root after `su` keeps another user's `XDG_RUNTIME_DIR`: that user could swap the folder's
    /// entries, so no server is started or used there; the command runs in its own process.
    @Test(.enabled(if: geteuid() == 0, "needs root to give a folder to another user"))
    func aRuntimeFolderOfAnotherUserIsRefused() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            var environment = try configured(cloud)
            let runtime = try #require(environment["XDG_RUNTIME_DIR"])
            #expect(chown(runtime, 65534, 65534) == 0)
            environment["KAMAKI_COMMAND_SERVER_IDLE"] = "1"
            let started = try BinaryRun.run(kamaki, ["--command-server"], environment: environment)
            #expect(started.status != 0, "\(started.err)")
            #expect(!started.err.contains("listening on"), "\(started.err)")
            #expect(!FileManager.default.fileExists(atPath: runtime + "/kamaki"), "nothing is made in another user's folder")
            let listed = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(listed.status == 0, "\(listed.err)")
            #expect(listed.out == "1 public_network ( public )\n")
            // The server's own folder given to another user is refused too.
            #expect(chown(runtime, 0, 0) == 0)
            #expect(mkdir(runtime + "/kamaki", 0o700) == 0)
            #expect(chown(runtime + "/kamaki", 65534, 65534) == 0)
            let again = try BinaryRun.run(kamaki, ["--command-server"], environment: environment)
            #expect(again.status != 0, "\(again.err)")
            #expect(!again.err.contains("listening on"), "\(again.err)")
        }
    }

    @Test func aStoppedServerDoesNotHoldUpACommandNorRunsItLater() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud)
            let server = try CommandServerProcess(environment: environment)
            defer {
                kill(server.process.processIdentifier, SIGCONT)
                server.stop()
            }
            kill(server.process.processIdentifier, SIGSTOP)
            let created = try runBounded(["network", "create", "--name", "once-only"], environment: environment)
            #expect(created.status == 0, "\(created.err)")
            #expect(created.out.contains("once-only"))
            kill(server.process.processIdentifier, SIGCONT)
            // Woken, it finds the client gone and runs nothing of its request.
            try server.waitForLog { $0.contains("left before its command started") }
            let listed = try runBounded(["network", "list", "--name", "once-only"], environment: environment)
            try server.waitForServed(1)
            #expect(listed.out.components(separatedBy: "\n").filter { $0.contains("once-only") }.count == 1, "\(listed.out)")
        }
    }

    @Test func aStoppedServerWithAFullQueueDoesNotHoldUpACommand() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud)
            let names = try serverFileNames(environment)
            let socketPath = try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki/" + names.socket
            let server = try CommandServerProcess(environment: environment)
            defer {
                kill(server.process.processIdentifier, SIGCONT)
                server.stop()
            }
            kill(server.process.processIdentifier, SIGSTOP)
            // Clients that gave up on it stay in its accept queue: fill it.
            var queued: [Int32] = []
            defer { for descriptor in queued { close(descriptor) } }
            while queued.count < 1000 {
                let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
                var address = sockaddr_un()
                address.sun_family = sa_family_t(AF_UNIX)
                withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(socketPath.utf8)) }
                let connected = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
                }
                guard connected == 0 else {
                    close(fd)
                    break
                }
                queued.append(fd)
            }
            #expect(queued.count < 1000, "the queue never filled")
            let listed = try runBounded(["network", "list"], environment: environment)
            #expect(listed.status == 0, "\(listed.err)")
            #expect(listed.out == "1 public_network ( public )\n")
        }
    }

    @Test func outOfDescriptorsTheServerDeclinesAndRecovers() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud)
            let server = try CommandServerProcess(environment: environment)
            defer { server.stop() }
            // Once it has made its HTTP client's event loop (which needs descriptors of its own).
            try server.waitForLog { $0.contains("command server ready") }
            let pid = server.process.processIdentifier
            // The server keeps one spare descriptor (on /dev/null) to decline with; allow no other.
            let spare = try #require(
                try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").compactMap(Int32.init).sorted().first { fd in
                    fd > 2 && (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(fd)")) == "/dev/null"
                })
            // The soft limit only: the hard one could not be raised again without privilege.
            let limited = try BinaryRun.run("/usr/bin/prlimit", ["--pid", "\(pid)", "--nofile=\(spare + 1):"], environment: [:])
            #expect(limited.status == 0, "\(limited.err)")
            let listed = try runBounded(["network", "list"], environment: environment)
            #expect(listed.status == 0, "\(listed.err)")
            #expect(listed.out == "1 public_network ( public )\n")
            try server.waitForLog { $0.contains("declined a command (out of descriptors)") }
            let restored = try BinaryRun.run("/usr/bin/prlimit", ["--pid", "\(pid)", "--nofile=1024:"], environment: [:])
            #expect(restored.status == 0, "\(restored.err)")
            let again = try runBounded(["network", "list"], environment: environment)
            #expect(again.out == "1 public_network ( public )\n")
            try server.waitForServed(1)
        }
    }

    @Test func aClientWithOtherGroupsRunsItsCommandItself() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud)
            let server = try CommandServerProcess(environment: environment)
            defer { server.stop() }
            let uid = getuid()
            let gid = getgid()
            // The same user, with other supplementary groups, then with another group.
            let variants = [
                ["--reuid=\(uid)", "--regid=\(gid)", "--groups=54321"],
                ["--reuid=\(uid)", "--regid=54321", "--keep-groups"],
            ]
            for (index, options) in variants.enumerated() {
                let listed = try runBounded(["network", "list"], environment: environment, via: ["/usr/bin/setpriv"] + options + ["--"])
                #expect(listed.status == 0, "\(listed.err)")
                #expect(listed.out == "1 public_network ( public )\n")
                try server.waitForLog { $0.components(separatedBy: "declined a command (groups)").count == index + 2 }
            }
            #expect(server.served == 0)
        }
    }

    /// The groups travel in the request: one that names other groups than the server's is
    /// declined; one that matches is accepted, and runs nothing until the client says "go".
    @Test func aRequestWithOtherGroupsIsDeclined() async throws {
        let environment = try BinaryRun.freshEnvironment().withCommandServer()
        let server = try CommandServerProcess(environment: environment)
        defer { server.stop() }
        let folder = try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki"
        let socket = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".sock") })
        let mask = umask(0o022)
        umask(mask)
        var groups = [gid_t](repeating: 0, count: Int(getgroups(0, nil)))
        groups = Array(groups.prefix(Int(getgroups(Int32(groups.count), &groups)))).sorted()
        func reply(groupID: UInt32, groups: [UInt32]) throws -> CommandReply? {
            let connection = try #require(UnixSocket.connect(to: folder + "/" + socket))
            defer { close(connection) }
            let request = CommandRequest(
                arguments: ["-V"], environment: ["HOME=/nonexistent"], workingDirectory: "/", fileMask: UInt32(mask), groupID: groupID,
                groups: groups)
            #expect(UnixSocket.write(connection, request.encoded()))
            return UnixSocket.read(connection, exactly: CommandReply.size).flatMap(CommandReply.decode)
        }
        #expect(try reply(groupID: getegid(), groups: groups + [54321]) == .declined)
        #expect(try reply(groupID: getegid() &+ 54321, groups: groups) == .declined)
        try server.waitForLog { $0.components(separatedBy: "declined a command (groups)").count == 3 }
        #expect(try reply(groupID: getegid(), groups: groups) == .accepted)
        try server.waitForLog { $0.contains("a client left before its command started") }
        #expect(server.served == 0)
    }

    @Test func anAbsurdIdleTimeIsNotACrash() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            var environment = try configured(cloud)
            environment["KAMAKI_COMMAND_SERVER_IDLE"] = "9223372036854775807"
            let server = try CommandServerProcess(environment: environment)
            defer { server.stop() }
            let listed = try runBounded(["network", "list"], environment: environment)
            #expect(listed.out == "1 public_network ( public )\n")
            try server.waitForServed(1)
        }
    }

    /// `COLUMNS` comes from the client: an absurd or narrow one (the argument parser traps when
    /// asked to lay help out in fewer than about 30 columns) must not crash the server, which runs
    /// other clients' commands too, nor a process of its own.
    @Test func anAbsurdOrNarrowWidthIsNotACrash() async throws {
        let alone = try BinaryRun.freshEnvironment()
        let environment = try alone.withCommandServer()
        let server = try CommandServerProcess(environment: environment)
        defer { server.stop() }
        for (index, columns) in ["-5", "10", "0", "9223372036854775807"].enumerated() {
            for (served, base) in [(false, alone), (true, environment)] {
                var narrow = base
                narrow["COLUMNS"] = columns
                for words in [["network", "--help"], ["network", "create", "--help"]] {
                    let help = try runBounded(words, environment: narrow)
                    #expect(help.status == 0, "COLUMNS=\(columns) \(words), served: \(served): \(help.err.prefix(200))")
                    #expect(help.out.contains("network"), "COLUMNS=\(columns) \(words)")
                }
            }
            try server.waitForServed(2 * (index + 1))
        }
        #expect(server.process.isRunning)
    }

    /// `--cloud local` names a cloud, not the `local` commands: served as without a server.
    @Test func whatIsDeclinedIsDecidedOnTheParsedCommand() async throws {
        // Two fresh HOMEs: the embedded cloud's first start in each says where its state is.
        let alone = try BinaryRun.freshEnvironment()
        let environment = try BinaryRun.freshEnvironment().withCommandServer()
        let server = try CommandServerProcess(environment: environment)
        defer { server.stop() }
        let words = ["--cloud", "local", "network", "list"]
        let own = try runBounded(words, environment: alone)
        let served = try runBounded(words, environment: environment)
        try server.waitForServed(1)
        #expect(own.status == 0, "\(own.err)")
        #expect(own.err.contains("embedded local cloud"), "\(own.err)")
        #expect(served.status == own.status)
        #expect(served.out == own.out)
        let home = { (environment: [String: String]) in environment["HOME"] ?? "" }
        #expect(
            served.err.replacingOccurrences(of: home(environment), with: "HOME")
                == own.err.replacingOccurrences(of: home(alone), with: "HOME"))
        // The embedded cloud's own maintenance is declined, whatever the global options around it.
        for (index, words) in [["local", "serve", "--port", "70000"], ["-o", "x.y=z", "local", "serve", "--port", "70000", "-v"]]
            .enumerated()
        {
            let local = try runBounded(words, environment: environment)
            #expect(local.status == 2)
            #expect(local.err.contains("70000"), "\(local.err)")
            try server.waitForLog { $0.components(separatedBy: "declined a command (local)").count == index + 2 }
        }
        #expect(server.served == 1)
    }

    /// A line the argument parser would chew on for long (its cost grows with the square of the
    /// words) is not parsed in the server, where a client's Ctrl-C could not stop it: the client
    /// runs it itself, and its own Ctrl-C ends it.
    @Test func aVeryLongLineRunsInTheClientsOwnProcess() async throws {
        let alone = try BinaryRun.freshEnvironment()
        let environment = try alone.withCommandServer()
        let server = try CommandServerProcess(environment: environment)
        defer { server.stop() }
        let words = ["-c", "/nonexistent/rc", "network", "list"] + Array(repeating: ["--name", "a"], count: 300).flatMap { $0 }
        let own = try runBounded(words, environment: alone)
        let served = try runBounded(words, environment: environment)
        try server.waitForLog { $0.contains("declined a command (long line)") }
        #expect(own.status == 1)
        #expect(served.status == own.status)
        #expect(served.err == own.err)
        #expect(!server.text.contains("runs a command"), "\(server.text)")
    }

    /// Runs kamaki (through `via`, a command prefix) and waits at most a minute: a client that
    /// hangs is killed, and the test fails instead of hanging.
    func runBounded(_ words: [String], environment: [String: String], via: [String] = []) throws -> BinaryRun.Output {
        let finished = DispatchSemaphore(value: 0)
        let result = SendableBox<Result<BinaryRun.Output, any Error>>()
        let executable = via.first ?? kamaki
        let arguments = via.isEmpty ? words : Array(via.dropFirst()) + [kamaki] + words
        let marker = "kamaki-bounded-\(UUID().uuidString)"
        var environment = environment
        environment["KAMAKI_TEST_RUN"] = marker
        let runEnvironment = environment
        Thread.detachNewThread {
            result.value = Result { try BinaryRun.run(executable, arguments, environment: runEnvironment) }
            finished.signal()
        }
        if finished.wait(timeout: .now() + 60) == .timedOut {
            // Kill the hung client (found by its marker), which ends the run above.
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = Int32(entry),
                    let environ = FileManager.default.contents(atPath: "/proc/\(entry)/environ"),
                    String(decoding: environ, as: UTF8.self).contains(marker)
                else { continue }
                kill(pid, SIGKILL)
            }
            finished.wait()
            Issue.record("kamaki \(words.prefix(6).joined(separator: " ")) did not finish within a minute")
        }
        return try #require(result.value).get()
    }
}
