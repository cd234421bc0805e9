import Foundation
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiShell

/// A shell on a local cloud (configured as the default cloud in a temporary HOME), its lines
/// run on a thread of their own as the shell runs them (each blocks until done).
func withCloudShell(
    _ body: (_ shell: Shell, _ execute: (String) async -> Shell.Outcome, _ output: BufferedOutput, _ home: String) async throws -> Void
) async throws {
    try await withLocalCloud { cloud in
        try await withTemporaryDirectory { home in
            let config = "[global]\ndefault_cloud = test\n\n[cloud \"test\"]\nurl = \(cloud.identityURL)\ntoken = \(cloud.tokens[0])\n"
            try config.write(toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
            let variables = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache"]
            let runner = CommandRunner(environment: RunEnvironment(variables: variables, homeDirectory: home))
            let output = BufferedOutput()
            let connection = try runner.sessionConnection(arguments: [], output: output)
            nonisolated(unsafe) let shell = Shell(runner: runner, output: output, connection: connection)
            func execute(_ line: String) async -> Shell.Outcome {
                await withCheckedContinuation { done in Thread { done.resume(returning: shell.execute(line)) }.start() }
            }
            try await body(shell, execute, output, home)
            await connection.close()
        }
    }
}
