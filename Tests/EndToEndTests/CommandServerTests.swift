import Foundation
import KamakiTestSupport
import LocalCloud
import Testing

/// The command server (`kamaki --command-server`): one-shot commands it runs print, exit and
/// record history exactly as when `kamaki` runs them itself.
@Suite(.serialized) struct CommandServerTests {
    var kamaki: String { BinaryRun.product("kamaki") }

    /// A fresh HOME configured for `cloud`.
    func configured(_ cloud: LocalCloud) throws -> [String: String] {
        let environment = try BinaryRun.freshEnvironment()
        let home = try #require(environment["HOME"])
        try "[cloud \"default\"]\nurl = \(cloud.identityURL)\ntoken = \(cloud.tokens[0])\n".write(
            toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
        return environment
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
            for words in lines {
                let own = try BinaryRun.run(kamaki, words, environment: alone)
                let before = server.served
                let viaServer = try BinaryRun.run(kamaki, words, environment: served)
                #expect(server.served == before + 1, "\(words) ran in the server")
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
            let folder = try makeTemporaryDirectory()
            try "[cloud \"lab\"]\nurl = \(cloud.identityURL)\ntoken = \(cloud.tokens[0])\n".write(
                toFile: folder + "/labrc", atomically: true, encoding: .utf8)
            let listed = try BinaryRun.run(kamaki, ["-c", "labrc", "--cloud", "lab", "network", "list"], environment: environment, directory: folder)
            #expect(listed.status == 0, "\(listed.err)")
            #expect(listed.out.contains("1 public_network"))
            let set = try BinaryRun.run(kamaki, ["-c", "labrc", "config", "set", "history_limit", "5"], environment: environment, directory: folder)
            #expect(set.status == 0, "\(set.err)")
            #expect(try String(contentsOfFile: folder + "/labrc", encoding: .utf8).contains("history_limit = 5"))
            #expect(server.served == 2)
            // `local` (the embedded cloud's own maintenance and foreground server) is declined.
            let local = try BinaryRun.run(kamaki, ["local", "bogus"], environment: environment)
            #expect(local.status == 2)
            #expect(local.err.contains("bogus"))
            #expect(server.served == 2)
        }
    }

    @Test func aClientThatGoesAwayCancelsItsCommandQuietly() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud).withCommandServer()
            let server = try CommandServerProcess(environment: environment)
            defer { server.stop() }
            let client = Process()
            client.executableURL = URL(fileURLWithPath: kamaki)
            client.arguments = ["server", "wait", "141", "--until", "STOPPED", "--timeout", "120"]
            client.environment = environment
            let err = Pipe()
            client.standardError = err
            client.standardOutput = FileHandle.nullDevice
            try client.run()
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
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            let watch = try FolderWatch(folder)
            // BinaryRun reads the pipes to their end: a server holding them open would hang here.
            let first = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(first.status == 0)
            try watch.waitFor { $0.hasSuffix(".sock") }
            let pid = try stopStartedServer(runtimeDirectory: try #require(environment["XDG_RUNTIME_DIR"]), check: { pid in
                let command = try String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)
                #expect(command == "kamaki\0--command-server\0")
                #expect(getpgid(pid) == pid, "its own process group: Ctrl-C in the terminal never reaches it")
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
            #expect(pid > 0)
        }
    }

    @Test func aSocketFolderOthersCouldUseIsNotUsed() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let environment = try configured(cloud).withCommandServer()
            let server = try CommandServerProcess(environment: environment)
            defer { server.stop() }
            let folder = try #require(environment["XDG_RUNTIME_DIR"]) + "/kamaki"
            #expect(chmod(folder, 0o755) == 0)
            let listed = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(listed.status == 0)
            #expect(listed.out.contains("1 public_network"))
            #expect(server.served == 0, "the client ran the command itself")
        }
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
        let pid = try #require(Int32(try String(contentsOfFile: folder + "/" + lock, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        try check(pid)
        kill(pid, SIGTERM)
        // Blocks until the server has exited and its lock is free.
        #expect(flock(fd, LOCK_SH) == 0)
        return pid
    }
}
