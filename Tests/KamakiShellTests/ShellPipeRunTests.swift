import Foundation
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiShell

/// Shell lines whose output goes on to `/bin/sh`, run for real against a local cloud: the
/// command runs in-process and its output reaches the shell's commands and files.
@Suite("Shell: pipes and redirection")
struct ShellPipeRunTests {
    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<no file>"
    }

    @Test("| grep, | wc -l, > file, >> file: the command's output reaches the shell, not the terminal")
    func pipesAndFiles() async throws {
        try await withCloudShell { _, execute, output, folder in
            #expect(await execute("server list | grep 142 > '\(folder)/grep.txt'") == .next(0), "\(output.error)")
            #expect(Self.read(folder + "/grep.txt") == "142 Server 1\n")
            #expect(await execute("server list | wc -l > \(folder)/count.txt") == .next(0))
            #expect(Self.read(folder + "/count.txt").trimmingCharacters(in: .whitespacesAndNewlines) == "2")
            #expect(await execute("network list -l > \(folder)/nets.txt") == .next(0), "\(output.error)")
            let nets = Self.read(folder + "/nets.txt")
            #expect(nets.hasPrefix("1 "), "\(nets)")
            #expect(await execute("server list >> \(folder)/nets.txt") == .next(0))
            #expect(Self.read(folder + "/nets.txt") == nets + "141 Server 1\n142 Server 1\n")
            #expect(output.standard == "", "nothing reached the shell's own output")
            // A bare verb in a group context, then help: their output goes on too.
            #expect(await execute("server") == .next(0))
            #expect(await execute("list|grep 141 >\(folder)/bare.txt") == .next(0))
            #expect(Self.read(folder + "/bare.txt") == "141 Server 1\n")
            #expect(await execute("/help | grep -c network > \(folder)/help.txt") == .next(0))
            #expect((Int(Self.read(folder + "/help.txt").trimmingCharacters(in: .newlines)) ?? 0) > 0)
        }
    }

    @Test("> never overwrites a file (noclobber); >| and >> do")
    func noClobber() async throws {
        try await withCloudShell { _, execute, output, folder in
            let file = folder + "/kept.txt"
            try "precious\n".write(toFile: file, atomically: true, encoding: .utf8)
            let status = await execute("server list > \(file)")
            #expect(status == .next(ExitStatus.failure))
            #expect(Self.read(file) == "precious\n")
            #expect(output.error.contains("\(file) exists, and > never overwrites a file: use >| to replace it"), "\(output.error)")
            // /dev/null is no regular file: > writes it, as sh's noclobber allows.
            #expect(await execute("server list > /dev/null") == .next(0))
            #expect(await execute("server list >| \(file)") == .next(0))
            #expect(Self.read(file) == "141 Server 1\n142 Server 1\n")
        }
    }

    @Test("the status: the last command's after a |; the command's with redirections only")
    func status() async throws {
        try await withCloudShell { _, execute, output, folder in
            #expect(await execute("server list | grep -q 999") == .next(1))
            #expect(await execute("server list | exit 7") == .next(7))
            // The command fails (404) and the pipe's last command succeeds: the line succeeds, as in sh.
            #expect(await execute("network info 99 | cat > \(folder)/empty.txt") == .next(0))
            #expect(output.error.contains("(404)"), "the error stays on the terminal: \(output.error)")
            #expect(Self.read(folder + "/empty.txt") == "")
            #expect(await execute("network info 99 > \(folder)/none.txt") == .next(ExitStatus.failure))
        }
    }

    @Test("2> sends the command's errors to the shell; 2>&1 into the pipe, in order")
    func errors() async throws {
        try await withCloudShell { _, execute, output, folder in
            #expect(await execute("network info 99 2> \(folder)/err.txt") == .next(ExitStatus.failure))
            #expect(Self.read(folder + "/err.txt").contains("(404)"))
            #expect(await execute("network info 99 > \(folder)/both.txt 2>&1") == .next(ExitStatus.failure))
            #expect(Self.read(folder + "/both.txt").contains("(404)"))
            #expect(await execute("network info 99 2>/dev/null | wc -c > \(folder)/bytes.txt") == .next(0))
            #expect(Self.read(folder + "/bytes.txt").trimmingCharacters(in: .whitespacesAndNewlines) == "0")
            #expect(!output.error.contains("(404)"), "no error reached the terminal: \(output.error)")
        }
    }

    @Test("cloud text in the pipe has no control characters")
    func hostileNames() async throws {
        try await withCloudShell { _, execute, output, folder in
            #expect(await execute("network create --name='red\u{1b}[31m\u{07}net' > /dev/null") == .next(0), "\(output.error)")
            #expect(await execute("network list -l > \(folder)/hostile.txt") == .next(0))
            let text = Self.read(folder + "/hostile.txt")
            #expect(text.contains("red"), "\(text)")
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text.debugDescription)")
        }
    }

    @Test("usage errors: nothing runs and the status is 2")
    func usage() async throws {
        try await withCloudShell { _, execute, output, folder in
            for line in ["| grep x", "server list |", "server list || echo no", "server list < x", "server list >", "ip | cat"] {
                #expect(await execute(line) == .next(ExitStatus.usage), "\(line)")
            }
            #expect(output.error.contains("|: give a command after it"))
            #expect(output.error.contains("ip: only a command's output can go to | or >"))
            #expect(output.standard == "")
        }
    }
}
