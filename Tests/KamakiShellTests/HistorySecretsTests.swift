import Foundation
import KamakiCommands
import Testing

@testable import KamakiShell

/// Secrets and the shell's history: what a typed line leaves behind, and what a recalled masked
/// line may do. Lines run on a thread of their own, as on the shell's main thread: the shell
/// waits for a command's task, which must not hold a thread of the cooperative pool.
@Suite("History secrets")
struct HistorySecretsTests {
    final class Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// `shell.execute(line)` on a thread of its own.
    func execute(_ shell: Shell, _ line: String, reader: RecordingReader? = nil) async -> Shell.Outcome {
        let box = Unchecked((shell, reader))
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: box.value.0.execute(line, reader: box.value.1)) }
        }
    }

    /// A reader that remembers what the shell asks it to.
    final class RecordingReader: LineReader {
        var remembered: [String] = []
        let isInteractive = true
        func readLine(prompt: String) -> LineRead { .end }
        func remember(_ line: String) { remembered.append(line) }
    }

    struct Home {
        let path: String
        var config: String { path + "/.kamakirc" }
        var configText: String { (try? String(contentsOfFile: config, encoding: .utf8)) ?? "" }

        init() throws {
            path = NSTemporaryDirectory() + "kamaki-history-secrets-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try "[cloud \"lab\"]\nurl = http://127.0.0.1:1/identity/v2.0\ntoken = s3cr3t-t0k3n\n"
                .write(toFile: config, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }

        func shell() -> (Shell, BufferedOutput) {
            let runner = CommandRunner(environment: RunEnvironment(variables: ["HOME": path], homeDirectory: path))
            let output = BufferedOutput()
            return (Shell(runner: runner, output: output, connection: nil), output)
        }
    }

    @Test(
        "a token typed inside the config or user group is remembered masked",
        arguments: [
            ("config", "set cloud.zz.token n3w-s3cr3t", "n3w-s3cr3t"),
            ("user", "authenticate 0th3r-t0k3n", "0th3r-t0k3n"),
        ])
    func maskedInContext(group: String, line: String, secret: String) async throws {
        let home = try Home()
        defer { home.remove() }
        let (shell, _) = home.shell()
        let reader = RecordingReader()
        #expect(shell.execute(group) == .next(0))
        _ = await execute(shell, line, reader: reader)
        #expect(reader.remembered.count == 1)
        for entry in reader.remembered {
            #expect(!entry.contains(secret), "remembered: \(entry)")
            #expect(entry.contains("..."), "remembered: \(entry)")
        }
        // kamaki's own history file gets the masked form too.
        let history = (try? String(contentsOfFile: home.path + "/.kamaki.history", encoding: .utf8)) ?? ""
        #expect(!history.contains(secret), "history file: \(history)")
    }

    @Test("a token typed with a bare verb, which is refused, is remembered masked", arguments: [nil, "ip"] as [String?])
    func maskedWhenRefused(group: String?) async throws {
        let home = try Home()
        defer { home.remove() }
        let (shell, _) = home.shell()
        if let group { #expect(await execute(shell, group) == .next(0)) }
        let reader = RecordingReader()
        #expect(await execute(shell, "set cloud.new.token n3w-s3cr3t", reader: reader) == .next(ExitStatus.usage))
        #expect(reader.remembered.count == 1)
        #expect(reader.remembered.allSatisfy { !$0.contains("n3w-s3cr3t") && $0.contains("...") }, "\(reader.remembered)")
    }

    @Test(
        "a recalled masked line is refused and writes nothing",
        arguments: [
            "config set cloud.lab.token ...",
            "/config set cloud.lab.token ...",
            "kamaki config set cloud.lab.token ...",
            "network list -o cloud.lab.token=...",
            "network list --options=cloud.lab.token=...",
        ])
    func maskedLineRefused(line: String) async throws {
        let home = try Home()
        defer { home.remove() }
        let (shell, output) = home.shell()
        let status = await execute(shell, line, reader: RecordingReader())
        #expect(status == .next(ExitStatus.usage))
        #expect(output.error.contains("masked"), "\(output.error)")
        #expect(home.configText.contains("token = s3cr3t-t0k3n"), "\(home.configText)")
    }

    @Test("a masked line in the config context is refused too")
    func maskedLineInContext() async throws {
        let home = try Home()
        defer { home.remove() }
        let (shell, output) = home.shell()
        #expect(shell.execute("config") == .next(0))
        #expect(await execute(shell, "set cloud.lab.token ...") == .next(ExitStatus.usage))
        #expect(output.error.contains("masked"))
        #expect(home.configText.contains("token = s3cr3t-t0k3n"))
    }

    @Test("one-shot, a masked token is refused as well")
    func maskedOneShot() async throws {
        let home = try Home()
        defer { home.remove() }
        let runner = CommandRunner(environment: RunEnvironment(variables: ["HOME": home.path], homeDirectory: home.path))
        let output = BufferedOutput()
        let status = await runner.run(["config", "set", "cloud.lab.token", "..."], output: output)
        #expect(status == ExitStatus.usage)
        #expect(output.error.contains("masked"))
        #expect(home.configText.contains("token = s3cr3t-t0k3n"))
    }

    @Test("a token that merely contains dots is not the mask")
    func dotsAreFine() async throws {
        let home = try Home()
        defer { home.remove() }
        let (shell, _) = home.shell()
        #expect(await execute(shell, "config set cloud.lab.token a...b") == .next(0))
        #expect(home.configText.contains("token = a...b"))
    }
}
