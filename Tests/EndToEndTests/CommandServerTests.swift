import Foundation
import KamakiTestSupport
import LocalCloud
import Synchronization
import Testing

@testable import KamakiCommandServer

/// The command server (`kamaki --command-server`): one-shot commands it runs print, exit and
/// record history exactly as when `kamaki` runs them itself.
@Suite(.serialized, .temporaryDirectoriesPerTest) struct CommandServerTests {
    var kamaki: String { BinaryRun.product("kamaki") }

    /// A fresh HOME configured for `cloud`.
    func configured(_ cloud: LocalCloud) throws -> [String: String] {
        try BinaryRun.freshEnvironment(cloud: cloud.identityURL, token: cloud.tokens[0])
    }

    @Test func commandsRunInTheServerPrintAndExitAsInTheirOwnProcess() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let alone = try configured(cloud)
            let served = try alone.withCommandServer()
            let server = try CommandServerProcess(environment: served)
            defer { server.stop() }
            let lines: [[String]] = [
                ["network", "list"], ["network", "info", "999"], ["network", "list", "--lmit", "3"], ["port", "info", ""],
                ["server", "list", "-l"], ["ip", "list", "--output-format", "json"], ["config", "get", "cloud.default.url"],
                ["network", "create", "--name", "served"], ["-V"], ["network", "--help"],
            ]
            for (index, words) in lines.enumerated() {
                let own = try BinaryRun.run(kamaki, words, environment: alone)
                let viaServer = try BinaryRun.run(kamaki, words, environment: served)
                try server.waitForServed(index + 1)
                #expect(viaServer.status == own.status, "\(words)")
                #expect(viaServer.err == own.err, "\(words)")
                if words.contains("create") {
                    // Each makes its own network: the same output but for the ids, times and links.
                    let varying = /(id|created|updated): .*|[0-9]+/
                    #expect(viaServer.out.replacing(varying, with: "") == own.out.replacing(varying, with: ""))
                } else {
                    #expect(viaServer.out == own.out, "\(words)")
                }
            }
            let created = try BinaryRun.run(kamaki, ["network", "list", "--name", "served"], environment: served)
            #expect(created.out.components(separatedBy: "\n").filter { $0.hasSuffix(" served ( private )") }.count == 2, "\(created.out)")
            // Both runs of each line are in the history: the server records it as a one-shot command does.
            let history = try String(contentsOfFile: try #require(served["HOME"]) + "/.kamaki.history", encoding: .utf8)
            #expect(history.components(separatedBy: "kamaki server list -l\n").count == 3, "\(history)")
        }
    }

    @Test func relativePathsAreTheClientsAndLocalCommandsRunInTheClient() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try BinaryRun.freshEnvironment().withCommandServer()
            let server = try CommandServerProcess(environment: environment)
            defer { server.stop() }
            try await withTemporaryDirectory { folder in
                try "[cloud \"lab\"]\nurl = \(cloud.identityURL)\ntoken = \(cloud.tokens[0])\n".write(
                    toFile: folder + "/labrc", atomically: true, encoding: .utf8)
                let listed = try BinaryRun.run(
                    kamaki, ["-c", "labrc", "--cloud", "lab", "network", "list"], environment: environment, directory: folder)
                #expect(listed.status == 0, "\(listed.err)")
                #expect(listed.out.contains("1 public_network"))
                let set = try BinaryRun.run(
                    kamaki, ["-c", "labrc", "config", "set", "history_limit", "5"], environment: environment, directory: folder)
                #expect(set.status == 0, "\(set.err)")
                #expect(try String(contentsOfFile: folder + "/labrc", encoding: .utf8).contains("history_limit = 5"))
                try server.waitForServed(2)
                // `local` (the embedded cloud's own maintenance and foreground server) is declined,
                // also after global options (more in CommandServerHardeningTests).
                for words in [["local", "serve", "--port=-1"], ["-v", "local", "serve", "--port=-1"]] {
                    let local = try BinaryRun.run(kamaki, words, environment: environment)
                    #expect(local.status == 2)
                    #expect(local.err.contains("-1"), "\(local.err)")
                }
                try server.waitForLog { $0.components(separatedBy: "declined a command (local)").count == 3 }
                // A client with another umask (files would get other modes) runs its command itself.
                let masked = try BinaryRun.run("/bin/sh", ["-c", "umask 077; exec \"$0\" network list", kamaki], environment: environment)
                #expect(masked.status == 0, "\(masked.err)")
                try server.waitForLog { $0.contains("declined a command (umask)") }
                #expect(server.served == 2)
            }
        }
    }

    @Test func aClientThatGoesAwayCancelsItsCommandQuietly() async throws {
        try await withServer { environment, server in
            let err = Pipe()
            let client = try longWait(environment, error: err)
            try server.waitForLog { $0.contains("runs a command") }
            // As Ctrl-C ends it in a terminal (SIGINT is blocked in children of this test process).
            kill(client.processIdentifier, SIGKILL)
            client.waitUntilExit()
            #expect(client.terminationReason == .uncaughtSignal)
            // The server cancels the wait at once (not after 120 s) and writes nothing more.
            try server.waitForLog { $0.contains("ran a command (status 130)") }
            let written = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(!written.contains("Canceled"), "\(written)")
        }
    }

    @Test func aServerThatStopsMidCommandIsReportedAndReplaced() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud).withCommandServer()
            let server = try CommandServerProcess(environment: environment)
            let waiting = Task.detached {
                try BinaryRun.run(kamaki, ["server", "wait", "141", "--until", "STOPPED", "--timeout", "120"], environment: environment)
            }
            try server.waitForLog { $0.contains("runs a command") }
            kill(server.process.processIdentifier, SIGKILL)
            server.stop()
            let result = try await waiting.value
            #expect(result.status == 1)
            #expect(result.err.contains("the command server stopped before the command finished"), "\(result.err)")
            // Its socket is left behind: the next command runs in its own process and starts a new server.
            let watch = try FolderWatch(try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki")
            let next = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(next.status == 0, "\(next.err)")
            #expect(next.out.contains("1 public_network"))
            try watch.waitFor { $0.hasSuffix(".sock") }
            try stopStartedServer(runtimeDirectory: try #require(environment["XDG_RUNTIME_DIR"]))
        }
    }

    @Test func theFirstCommandStartsADetachedServer() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud).withCommandServer()
            let folder = try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki"
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            let watch = try FolderWatch(folder)
            // BinaryRun reads the pipes to their end: a server holding them open would hang here.
            let first = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(first.status == 0)
            try watch.waitFor { $0.hasSuffix(".sock") }
            try stopStartedServer(
                runtimeDirectory: try #require(environment["XDG_RUNTIME_DIR"]),
                check: { pid in
                    let command = try String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)
                    #expect(command == "kamaki\0--command-server\0")
                    #expect(getsid(pid) == pid, "a session of its own: the terminal's Ctrl-C and job control never reach it")
                    for fd in 0...2 {
                        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(fd)") == "/dev/null")
                    }
                    // Beyond stdio: its socket, its lock, and what the runtime opens itself; never a test pipe.
                    for entry in try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd") where Int(entry)! > 2 {
                        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(entry)")) ?? ""
                        #expect(!target.hasPrefix("pipe:") && !target.contains("kamaki-e2e"), "fd \(entry): \(target)")
                    }
                    let second = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
                    #expect(second.out == first.out)
                })
        }
    }

    @Test func aSocketFolderOthersCouldUseIsNotUsed() async throws {
        try await withServer { environment, server in
            let folder = try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki"
            #expect(chmod(folder, 0o755) == 0)
            let listed = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(listed.status == 0)
            #expect(listed.out.contains("1 public_network"))
            // Made private again, the next command (status 1) is served; the log keeps the order,
            // so a served first command's "(status 0)" line would be there before it.
            #expect(chmod(folder, 0o700) == 0)
            #expect(try BinaryRun.run(kamaki, ["network", "info", "999"], environment: environment).status == 1)
            try server.waitForLog { $0.contains("(status 1)") }
            #expect(!server.text.contains("(status 0)"), "the client ran the command itself: \(server.text)")
        }
    }

    @Test func clientsAreServedAtOnceWhileAnotherWaits() async throws {
        try await withServer { environment, server in
            let waiting = try longWait(environment, error: FileHandle.nullDevice)
            defer {
                kill(waiting.processIdentifier, SIGKILL)
                waiting.waitUntilExit()
            }
            try server.waitForLog { $0.contains("runs a command") }
            // Four clients at once, on threads of their own (the cloud serves on this process's task pool).
            let lists = Mutex<[BinaryRun.Output?]>([])
            let group = DispatchGroup()
            for _ in 0..<4 {
                group.enter()
                Thread.detachNewThread {
                    let output = try? BinaryRun.run(BinaryRun.product("kamaki"), ["network", "list"], environment: environment)
                    lists.withLock { $0.append(output) }
                    group.leave()
                }
            }
            group.wait()
            let outputs = lists.withLock { $0 }
            #expect(
                outputs.count == 4 && outputs.allSatisfy { $0?.status == 0 && $0?.out == "1 public_network ( public )\n" }, "\(outputs)")
            try server.waitForServed(4)
            #expect(waiting.isRunning, "the wait still runs")
        }
    }

    @Test func aLargeEnvironmentAndBadRequests() async throws {
        try await withServer { environment, server in
            var environment = environment
            let folder = try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki"
            let socket = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".sock") })
            // A peer that sends garbage is dropped; one that sends nothing does not hold others up.
            let silent = try #require(UnixSocket.connect(to: folder + "/" + socket))
            defer { close(silent) }
            let garbage = try #require(UnixSocket.connect(to: folder + "/" + socket))
            _ = "HELLO!!\n".withCString { Glibc.write(garbage, $0, 8) }
            var byte: UInt8 = 0
            #expect(read(garbage, &byte, 1) == 0, "the server closes the connection")
            close(garbage)
            // Larger than the first read (64 KiB) of the request (one variable may hold 128 KiB at most).
            for index in 0..<5 { environment["KAMAKI_TEST_FILLER_\(index)"] = String(repeating: "x", count: 60_000) }
            let listed = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(listed.status == 0)
            #expect(listed.out == "1 public_network ( public )\n")
            try server.waitForServed(1)
        }
    }

    /// `kamaki server list | head -0`: a process of its own ignores SIGPIPE once its HTTP client
    /// runs, so the write fails quietly; a served command ends the same way.
    @Test func aWriteToAClosedPipeEndsAsInItsOwnProcess() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let alone = try configured(cloud)
            let environment = try alone.withCommandServer()
            let server = try CommandServerProcess(environment: environment)
            defer { server.stop() }
            func endOfListIntoAClosedPipe(_ environment: [String: String]) throws -> (Process.TerminationReason, Int32) {
                let client = Process()
                client.executableURL = URL(fileURLWithPath: kamaki)
                client.arguments = ["server", "list"]
                client.environment = environment
                let pipe = Pipe()
                try pipe.fileHandleForReading.close()
                client.standardOutput = pipe
                client.standardError = FileHandle.nullDevice
                try client.run()
                client.waitUntilExit()
                return (client.terminationReason, client.terminationStatus)
            }
            let own = try endOfListIntoAClosedPipe(alone)
            let served = try endOfListIntoAClosedPipe(environment)
            try server.waitForServed(1)
            #expect(served == own, "in its own process: \(own); served: \(served)")
        }
    }

    /// Runs `body` with a local cloud, a HOME configured for it, and a command server.
    func withServer(_ body: ([String: String], CommandServerProcess) async throws -> Void) async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud).withCommandServer()
            let server = try CommandServerProcess(environment: environment)
            defer { server.stop() }
            try await body(environment, server)
        }
    }

    /// A client waiting (up to 2 minutes) for server 141, which stays ACTIVE, to stop.
    func longWait(_ environment: [String: String], error: Any) throws -> Process {
        let client = Process()
        client.executableURL = URL(fileURLWithPath: kamaki)
        client.arguments = ["server", "wait", "141", "--until", "STOPPED", "--timeout", "120"]
        client.environment = environment
        client.standardError = error
        client.standardOutput = FileHandle.nullDevice
        try client.run()
        return client
    }

    /// Stops the server a client started in `runtimeDirectory` (its pid is in the lock file),
    /// after `check`; returns its pid.
    @discardableResult
    func stopStartedServer(runtimeDirectory: String, check: (Int32) throws -> Void = { _ in }) throws -> Int32 {
        let folder = runtimeDirectory + "/kamaki"
        let lock = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".lock") })
        let fd = open(folder + "/" + lock, O_RDONLY)
        defer { close(fd) }
        // Held: a server is running (its socket exists, so its pid is written).
        #expect(flock(fd, LOCK_SH | LOCK_NB) != 0, "a server holds the lock")
        let pid = try #require(
            Int32(try String(contentsOfFile: folder + "/" + lock, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        try check(pid)
        kill(pid, SIGTERM)
        // Blocks until the server has exited and its lock is free.
        #expect(flock(fd, LOCK_SH) == 0)
        return pid
    }
}
