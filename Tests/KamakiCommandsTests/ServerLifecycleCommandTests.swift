import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import Synchronization
import Testing

/// `server delete/start/shutdown/reboot/modify/console` against the embedded local cloud (servers
/// 141 and 142 of the tutorial's world), with their error cases.
@Suite struct ServerLifecycleCommandTests {
    /// A harness on the embedded cloud, past its first command's note about it.
    static func harness(settle: Double) async throws -> CommandHarness {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: settle))
        let r = await h.run("server", "list")
        #expect(r.out == "141 Server 1\n142 Server 1\n" && r.err.hasPrefix("Using the embedded local cloud"))
        return h
    }

    @Test func shutdownStartRebootWithWait() async throws {
        let h = try await Self.harness(settle: 0.2)
        var r = await h.run("server", "shutdown", "141", "--wait")
        #expect(r.status == 0 && r.out.isEmpty, "\(r.err)")
        #expect(r.err == "Server 141 status: STOPPED\n")
        #expect(fields(await h.run("server", "info", "141").out)["status"] == "STOPPED")
        r = await h.run("server", "shutdown", "141")
        #expect(r.status == 1 && r.err.hasPrefix("Server 141 is already STOPPED\n"), "\(r.err)")
        r = await h.run("server", "console", "141")
        #expect(r.status == 1 && r.err.hasPrefix("(400) Server not in ACTIVE state.\n"), "\(r.err)")
        r = await h.run("server", "start", "141", "-w")
        #expect(r.status == 0 && r.err == "Server 141 status: ACTIVE\n", "\(r.err)")
        r = await h.run("server", "start", "141")
        #expect(r.status == 1 && r.err.hasPrefix("Server 141 is already ACTIVE\n"), "\(r.err)")
        r = await h.run("server", "reboot", "141", "--hard", "--wait")
        #expect(r.status == 0 && r.err == "Server 141 status: ACTIVE\n", "\(r.err)")
        r = await h.run("server", "reboot", "141", "--type", "soft", "--wait")
        #expect(r.status == 0 && r.err == "Server 141 status: ACTIVE\n", "\(r.err)")
        r = await h.run("server", "reboot", "999")
        #expect(r.status == 1 && r.err.hasPrefix("(404) No servers with ID 999"), "\(r.err)")
    }

    /// With a long settle time the action is still pending when the next one comes: Synnefo's 400.
    @Test func actionsInTheWrongState() async throws {
        let h = try await Self.harness(settle: 600)
        var r = await h.run("server", "reboot", "142")
        #expect(r.status == 0 && r.out.isEmpty && r.err.isEmpty, "\(r.err)")
        r = await h.run("server", "shutdown", "142")
        #expect(r.status == 1, "\(r.err)")
        #expect(r.err.hasPrefix("(400) Cannot perform 'STOP' action while there is a pending 'REBOOT'.\n"), "\(r.err)")
        #expect(r.err.contains("|  To see the server:\n|    kamaki server info 142\n"), "\(r.err)")
    }

    @Test func deleteWaitAndDeleteTwice() async throws {
        let h = try await Self.harness(settle: 0.2)
        var r = await h.run("server", "delete", "142", "--wait")
        #expect(r.status == 0 && r.out.isEmpty && r.err == "Server 142 status: DELETED\n", "\(r.err)")
        #expect(await h.run("server", "list").out == "141 Server 1\n")
        r = await h.run("server", "delete", "142")
        #expect(r.status == 1 && r.err.hasPrefix("(400) Server has been deleted.\n"), "\(r.err)")
        r = await h.run("server", "delete", "999")
        #expect(r.status == 1 && r.err.hasPrefix("(404) No servers with ID 999"), "\(r.err)")
        r = await h.run("server", "delete")
        #expect(r.status == 2 && r.err.contains("Missing server id"), "\(r.err)")
    }

    @Test func deleteACluster() async throws {
        let h = try await Self.harness(settle: 0.2)
        var r = await h.run("server", "delete", "--cluster", "server ", "--wait")
        #expect(r.status == 0 && r.err == "0 virtual servers deleted\n", "case-sensitive, as kamaki: \(r.err)")
        r = await h.run("server", "delete", "--cluster", "Server ", "--wait")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.hasPrefix("2 virtual servers deleted\n"))
        #expect(r.err.contains("Server 141 status: DELETED\n") && r.err.contains("Server 142 status: DELETED\n"), "\(r.err)")
        #expect(await h.run("server", "list").out == "")
    }

    @Test func modifyNameAndMetadata() async throws {
        let h = try await Self.harness(settle: 0.2)
        var r = await h.run("server", "modify", "141", "--name", "Renamed", "--metadata-set", "role=db", "--metadata-del", "users")
        #expect(r.status == 0 && r.out.isEmpty && r.err.isEmpty, "\(r.err)")
        r = await h.run("server", "info", "141")
        let shown = fields(r.out)
        #expect(shown["name"] == "Renamed" && shown["role"] == "db" && shown["users"] == nil, "\(r.out)")
        // The id cache knows the new name at once: a name names the server.
        r = await h.run("server", "info", "Renamed")
        #expect(fields(r.out)["id"] == "141", "\(r.err)")
        r = await h.run("server", "modify", "141", "--metadata-del", "nope")
        #expect(r.status == 1 && r.err.hasPrefix("(404) No metadata key nope on server 141\n"), "\(r.err)")
        r = await h.run("server", "modify", "999", "--metadata-del", "nope")
        #expect(r.status == 1 && r.err.hasPrefix("(404) No servers with ID 999"), "\(r.err)")
        r = await h.run("server", "modify", "999", "--name", "x")
        #expect(r.status == 1 && r.err.hasPrefix("(404) No servers with ID 999"), "\(r.err)")
    }

    @Test func console() async throws {
        let h = try await Self.harness(settle: 0.2)
        var r = await h.run("server", "console", "141")
        #expect(r.status == 0 && r.err == "The following credentials will be invalidated shortly\n", "\(r.err)")
        let shown = fields(r.out)
        #expect(shown["type"] == "vnc" && shown["host"] != nil && shown["port"] != nil && !(shown["password"] ?? "").isEmpty)
        #expect(r.out.hasPrefix("type: vnc\nhost: "))
        r = await h.run("server", "console", "141", "--type", "no-vnc-encrypted", "--output-format", "json")
        #expect(r.status == 0 && r.out.contains("\"type\": \"vnc-wss\""), "\(r.out)")
        r = await h.run("server", "console", "999")
        #expect(r.status == 1 && r.err.hasPrefix("(404) No servers with ID 999"), "\(r.err)")
    }

    /// Ctrl-C during a cluster wait (the task cancelled) ends every poll and the command at once.
    @Test func cancellingAClusterWait() async throws {
        let h = try await Self.harness(settle: 600)
        let output = SignallingOutput()
        let run = Task { await h.runner.run(["server", "delete", "--cluster", "Server ", "--wait"], output: output, session: nil) }
        for await _ in output.progress { break }
        run.cancel()
        #expect(await run.value == 130)
        #expect(output.error.contains("2 virtual servers deleted"))
        #expect(output.error.hasSuffix("Canceled by user\n"), "\(output.error)")
    }
}

/// An output whose error stream is a terminal (so waits draw progress), telling when they do.
final class SignallingOutput: OutputSink {
    private let buffer = BufferedOutput()
    let progress: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    var errorIsTerminal: Bool { true }
    var columns: Int? { 200 }

    init() {
        (progress, continuation) = AsyncStream.makeStream(of: Void.self)
    }

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        buffer.write(text, to: stream)
        if stream == .error, text.hasPrefix("\r\u{1B}[K"), text.count > 4 { continuation.yield() }
    }

    var error: String { buffer.error }
    var standard: String { buffer.standard }
}
