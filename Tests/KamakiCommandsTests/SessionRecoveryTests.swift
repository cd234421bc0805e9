import EmbeddedLocalCloud
import Foundation
import KamakiClient
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

/// A shell's session outlives `kamaki local reset` run in another terminal (issue 16, item 2).
@Suite struct SessionRecoveryTests {
    @Test("after a reset elsewhere, the embedded session re-reads its token once and the command succeeds")
    func embeddedCloudResetElsewhere() async throws {
        let launcher = LocalCloudLauncher(settle: 0.2)
        let h = try CommandHarness(embedded: launcher, session: SessionState())
        let connection = try h.runner.sessionConnection(arguments: [], output: BufferedOutput())
        var r = await h.run(["network", "create", "--name=before"], connection: connection)
        #expect(r.status == 0, "\(r.err)")
        #expect(connection.ids.entries(.network).contains { $0.id == "2" })
        // Another process re-seeds the state: new tokens, the tutorial's world again.
        try launcher.reset(statePath: h.runner.environment.embeddedStatePath)
        r = await h.run(["network", "list"], connection: connection)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "1 public_network ( public )\n")
        #expect(!r.err.contains("401") && !r.err.contains("token"))
        // The old world's ids were forgotten with the old token (this list put back what is there now).
        #expect(!connection.ids.entries(.network).contains { $0.id == "2" })
        #expect(connection.ids.entries(.server).isEmpty)
        await connection.close()
    }

    @Test("a configured cloud's refused token stays an error, with its hint")
    func configuredCloudRefusal() async throws {
        try await withLocalCloud { cloud in
            let h = try CommandHarness(url: cloud.identityURL, token: "not-the-token", session: SessionState())
            let connection = try h.runner.sessionConnection(arguments: [], output: BufferedOutput())
            let r = await h.run(["network", "list"], connection: connection)
            #expect(r.status == ExitStatus.failure)
            #expect(r.err.contains("Authorization failed"))
            #expect(r.err.contains("kamaki config set cloud."))
            #expect(await !connection.recoverEmbeddedCredentials())
            await connection.close()
        }
    }
}

/// The config file's stamp: what the shell compares before each line.
@Suite struct ConfigStampTests {
    @Test func aSetChangesItAndNothingElseDoes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/.kamakirc"
        #expect(ConfigStamp.of(path: path) == nil)
        try ConfigFile.update(path: path) { try $0.set("cloud.default.url", "http://a") }
        let first = try #require(ConfigStamp.of(path: path))
        #expect(ConfigStamp.of(path: path) == first, "reading changes nothing")
        _ = try ConfigFile.load(path: path)
        #expect(ConfigStamp.of(path: path) == first)
        // Same length, same second: still another version.
        try ConfigFile.update(path: path) { try $0.set("cloud.default.url", "http://b") }
        #expect(ConfigStamp.of(path: path) != first)
        let second = ConfigStamp.of(path: path)
        // An edit in place (another editor) changes it too.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n".utf8))
        try handle.close()
        #expect(ConfigStamp.of(path: path) != second)
    }
}

/// The id cache's versions: a list fetched before a command's change does not undo it.
@Suite struct IDCacheVersionTests {
    @Test func anOlderListIsDroppedAndInvalidationForgets() {
        let cache = IDCache(path: nil)
        let before = cache.version(.floatingIP)
        // A command attaches IP 8 while a background list (started before) is in flight.
        cache.upsert(.floatingIP, IDEntry(id: "8", labels: ["192.168.3.5", "server 141", "network 1"]))
        #expect(!cache.replace(.floatingIP, with: [IDEntry(id: "8", labels: ["192.168.3.5", "free", "network 1"])], ifVersion: before))
        #expect(cache.entries(.floatingIP).first?.labels[1] == "server 141")
        let now = cache.version(.floatingIP)
        #expect(cache.replace(.floatingIP, with: [IDEntry(id: "9", labels: ["192.168.3.6", "free", "network 1"])], ifVersion: now))
        #expect(cache.entries(.floatingIP).map(\.id) == ["9"])
        #expect(cache.refreshed(.floatingIP) != nil)
        cache.invalidateAll()
        #expect(cache.entries(.floatingIP).isEmpty)
        #expect(cache.refreshed(.floatingIP) == nil, "forgotten, so the next completion fetches")
    }
}
