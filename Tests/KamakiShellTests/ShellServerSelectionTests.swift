import Foundation
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiShell

/// The shell's session against a local cloud: a server just created can be selected with `use
/// server NAME` at once (the create put it in the id cache), and a deleted one no longer can.
@Suite("Shell: servers just made")
struct ShellServerSelectionTests {
    @Test("use server picks up a server just created, by name; a deleted one is refused")
    func useServerAfterCreate() async throws {
        try await withLocalCloud { cloud in
            try await withTemporaryDirectory { home in
                let config = "[global]\ndefault_cloud = test\n\n[cloud \"test\"]\nurl = \(cloud.identityURL)\ntoken = \(cloud.tokens[0])\n"
                try config.write(toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
                let variables = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache"]
                let runner = CommandRunner(environment: RunEnvironment(variables: variables, homeDirectory: home))
                let output = BufferedOutput()
                let connection = try runner.sessionConnection(arguments: [], output: output)
                nonisolated(unsafe) let shell = Shell(runner: runner, output: output, connection: connection)
                // Lines run on a thread of their own, as the shell runs them (each blocks until done).
                func execute(_ line: String) async -> Shell.Outcome {
                    await withCheckedContinuation { done in Thread { done.resume(returning: shell.execute(line)) }.start() }
                }
                #expect(await execute("server list -l") == .next(0), "\(output.error)")
                #expect(await execute("server create --name=Fresh --flavor-id=1 --image-id=f1r57-1m4g3-1d") == .next(0), "\(output.error)")
                let id = try #require(output.standard.split(separator: "\n").last { $0.hasPrefix("id: ") }?.dropFirst(4))
                #expect(await execute("use server Fresh") == .next(0), "\(output.error)")
                #expect(shell.context.session.server == String(id))
                #expect(await execute("unuse server") == .next(0))
                #expect(await execute("server delete Fresh --wait") == .next(0), "\(output.error)")
                #expect(await execute("use server Fresh") == .next(ExitStatus.failure), "no server is named so: \(output.error)")
                #expect(await execute("use server \(id)") == .next(ExitStatus.failure), "an id the cache no longer has")
                await connection.close()
            }
        }
    }
}
