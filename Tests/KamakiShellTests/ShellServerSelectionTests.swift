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
        try await withCloudShell { shell, execute, output, _ in
            #expect(await execute("server list -l") == .next(0), "\(output.error)")
            #expect(await execute("server create --name=Fresh --flavor-id=1 --image-id=f1r57-1m4g3-1d") == .next(0), "\(output.error)")
            let id = try #require(output.standard.split(separator: "\n").last { $0.hasPrefix("id: ") }?.dropFirst(4))
            #expect(await execute("use server Fresh") == .next(0), "\(output.error)")
            #expect(shell.context.session.server == String(id))
            #expect(await execute("unuse server") == .next(0))
            #expect(await execute("server delete Fresh --wait") == .next(0), "\(output.error)")
            #expect(await execute("use server Fresh") == .next(ExitStatus.failure), "no server is named so: \(output.error)")
            #expect(await execute("use server \(id)") == .next(ExitStatus.failure), "an id the cache no longer has")
        }
    }
}
