import Foundation
import KamakiCommands
import Synchronization
import Testing

@testable import KamakiShell

/// The read–resolve–run loop with a plain reader and no cloud: contexts, selections, the prompt,
/// script stopping rules, and continuation lines. Nothing here touches the network.
@Suite("Shell loop")
struct ShellLoopTests {
    func makeShell() -> (Shell, BufferedOutput) {
        let home = NSTemporaryDirectory() + "kamaki-shell-loop-\(UUID().uuidString)"
        let runner = CommandRunner(environment: RunEnvironment(variables: ["HOME": home], homeDirectory: home))
        let output = BufferedOutput()
        return (Shell(runner: runner, output: output, connection: nil), output)
    }

    @Test("contexts and selections change the prompt; exit and .. leave")
    func prompt() {
        let (shell, _) = makeShell()
        #expect(shell.context.prompt == "[kamaki]: ")
        #expect(shell.execute("ip") == .next(0))
        #expect(shell.context.prompt == "[kamaki ip]: ")
        #expect(shell.execute("use server 142") == .next(0))
        #expect(shell.execute("use network 2") == .next(0))
        #expect(shell.context.prompt == "[kamaki ip network:2 server:142]: ")
        #expect(shell.context.session.server == "142")
        #expect(shell.execute("unuse network") == .next(0))
        #expect(shell.context.prompt == "[kamaki ip server:142]: ")
        #expect(shell.execute("..") == .next(0))
        #expect(shell.context.prompt == "[kamaki server:142]: ")
        #expect(shell.execute("exit") == .finish(0))
        #expect(shell.execute("/exit") == .finish(0))
    }

    @Test("errors print and give a status; the shell goes on")
    func errors() {
        let (shell, output) = makeShell()
        #expect(shell.execute("list") == .next(ExitStatus.usage))
        #expect(output.error.contains("list: which group?"))
        #expect(shell.execute("network create --name='x") == .next(ExitStatus.usage))
        #expect(output.error.contains("unterminated ' quote"))
        #expect(shell.execute("help") == .next(0))
        #expect(output.standard.contains("kamaki commands:"))
        #expect(output.standard.contains("interactive shell commands:"))
    }

    @Test("a script stops at the first failing line with its status, or goes on with --keep-going")
    func scripts() {
        let (shell, output) = makeShell()
        let reader = PlainLineReader(lines: ["ip", "use server 142", "frobnicate", "context"])
        #expect(shell.run(reader: reader) == ExitStatus.usage)
        #expect(!output.standard.contains("server:  142"), "the line after the failure did not run")

        let (going, goingOutput) = makeShell()
        going.keepGoing = true
        #expect(going.run(reader: PlainLineReader(lines: ["frobnicate", "use server 142", "context"])) == ExitStatus.usage)
        #expect(goingOutput.standard.contains("server:  142"))

        let (clean, _) = makeShell()
        #expect(clean.run(reader: PlainLineReader(lines: ["# a comment", "ip", "..", "exit", "frobnicate"])) == 0)
    }

    @Test("an open quote continues on the next line; a script ending inside one is an error")
    func continuation() {
        let (shell, output) = makeShell()
        // The two lines make one word (which is no server id).
        #expect(shell.run(reader: PlainLineReader(lines: ["use server '14", "2'", "context"])) == ExitStatus.usage)
        #expect(output.error.contains("use: Invalid server id 14\n2\n"))
        let (open, _) = makeShell()
        #expect(open.run(reader: PlainLineReader(lines: ["use server '14"])) == ExitStatus.usage)
    }
}

@Suite("History entries")
struct ShellHistoryTests {
    @Test("lines starting with a space and blank lines are not remembered")
    func skipped() {
        #expect(ShellHistory.entry(for: " config set cloud.x.token T", action: .nothing, mask: { _ in nil }) == nil)
        #expect(ShellHistory.entry(for: "   ", action: .nothing, mask: { _ in nil }) == nil)
        #expect(ShellHistory.entry(for: "network list", action: .run(["network", "list"]), mask: { _ in nil }) == "network list")
    }

    @Test("lines with secrets are remembered masked, with the runner's masking")
    func masked() throws {
        let home = NSTemporaryDirectory() + "kamaki-history-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try "[cloud \"lab\"]\nurl = https://lab.example/identity/v2.0\ntoken = s3cr3t-t0k3n\n"
            .write(toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
        let runner = CommandRunner(environment: RunEnvironment(variables: ["HOME": home], homeDirectory: home))
        let config = try runner.readConfig().get()
        let mask = { runner.maskedForHistory($0, config: config) }
        let entry = ShellHistory.entry(
            for: "user authenticate s3cr3t-t0k3n", action: .run(["user", "authenticate", "s3cr3t-t0k3n"]), mask: mask)
        #expect(entry == "user authenticate ...")
        #expect(
            ShellHistory.entry(
                for: "config set cloud.lab.token other", action: .run(["config", "set", "cloud.lab.token", "other"]), mask: mask)
                == "config set cloud.lab.token ...")
        #expect(
            ShellHistory.entry(
                for: "network list -o cloud.lab.token=s3cr3t-t0k3n",
                action: .run(["network", "list", "-o", "cloud.lab.token=s3cr3t-t0k3n"]), mask: mask)?.contains("s3cr3t") == false)
        #expect(ShellHistory.entry(for: "network list", action: .run(["network", "list"]), mask: mask) == "network list")
    }
}

@Suite("Command tasks", .serialized)
struct CommandTaskTests {
    @Test("a pending Ctrl-C cancels the running command's task and the status comes back")
    func cancellation() {
        // A Ctrl-C of this test's own: the process's counter would cancel other tests' commands.
        final class Key: Sendable { let pressed = Atomic<Bool>(false) }
        let key = Key()
        let outcome = CommandTask.run(
            interrupted: { key.pressed.exchange(false, ordering: .relaxed) },
            {
                key.pressed.store(true, ordering: .relaxed)
                while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(10)) }
                return ExitStatus.interrupted
            })
        #expect(outcome.status == ExitStatus.interrupted)
        #expect(!outcome.abandoned)
    }

    @Test("without Ctrl-C the command's own status comes back")
    func plainStatus() {
        _ = Interrupt.take()
        #expect(CommandTask.run { 7 }.status == 7)
    }
}
