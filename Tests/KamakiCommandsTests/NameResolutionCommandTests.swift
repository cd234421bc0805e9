import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import Testing

/// Names where ids go, one-shot: every command that takes an id takes a name, resolved from the
/// cloud's list when the id cache does not know it (here the cache is emptied first).
@Suite struct NameResolutionCommandTests {
    private func harness() throws -> (CommandHarness, IDCache) {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        return (h, IDCache(path: IDCache.path(cacheDirectory: h.runner.environment.cacheDirectory, cloud: "local")))
    }

    @Test func aNameTheCacheDoesNotKnowIsListedFromTheCloud() async throws {
        let (h, cache) = try harness()
        var r = await h.run("network", "create", "--name=My Private Net")
        #expect(r.status == 0, "\(r.err)")
        let network = try #require(fields(r.out)["id"])
        cache.replace(.network, with: [])

        r = await h.run("network", "info", "My Private Net")
        #expect(r.status == 0 && fields(r.out)["id"] == network, "\(r.err)")
        let reread = IDCache(path: try #require(cache.path))
        #expect(reread.entries(.network).contains { $0.id == network }, "the list refreshed the cache")
        r = await h.run("network", "modify", "My Private Net", "--name=Renamed Net")
        #expect(r.status == 0, "\(r.err)")
        r = await h.run("network", "info", "Renamed Net")
        #expect(r.status == 0 && fields(r.out)["id"] == network, "\(r.err)")
        r = await h.run("network", "delete", "Renamed Net")
        #expect(r.status == 0, "\(r.err)")
        r = await h.run("network", "info", "Renamed Net")
        #expect(r.status == 1 && r.err.hasPrefix("(404) No network named Renamed Net"), "\(r.err)")
    }

    @Test func anIPByItsAddressAndAPortByItsName() async throws {
        let (h, cache) = try harness()
        var r = await h.run("ip", "create", "--network-id=1")
        #expect(r.status == 0, "\(r.err)")
        let (ip, address) = (try #require(fields(r.out)["id"]), try #require(fields(r.out)["floating_ip_address"]))
        cache.replace(.floatingIP, with: [])
        r = await h.run("ip", "info", address)
        #expect(r.status == 0 && fields(r.out)["id"] == ip, "\(r.err)")

        #expect(await h.run("network", "create", "--name=private").status == 0)
        r = await h.run("port", "create", "--network-id=private", "--device-id=141", "--name=web port")
        #expect(r.status == 0, "\(r.err)")
        let port = String(r.out.prefix { $0 != " " })  // `11 web port`
        r = await h.run("port", "info", "web port")
        #expect(r.status == 0 && fields(r.out)["id"] == port, "\(r.err)")

        r = await h.run("ip", "delete", address)
        #expect(r.status == 0, "\(r.err)")
        r = await h.run("ip", "info", address)
        #expect(r.status == 1 && r.err.contains("(404) No floating IP with address \(address)"), "\(r.err)")
    }

    @Test func anAmbiguousNameListsTheMatchesAndExits1() async throws {
        let (h, _) = try harness()
        let r = await h.run("server", "info", "Server 1")
        #expect(r.status == 1)
        #expect(r.err.contains("Several servers are named Server 1: 141, 142"), "\(r.err)")
        #expect(r.err.contains("141  Server 1  ACTIVE") && r.err.contains("142  Server 1  ACTIVE"), "\(r.err)")
        #expect(r.out.isEmpty)
    }

    /// A number is an id even when a resource has it as its name; names are exact.
    @Test func aNumberIsAnIdAndUnknownNamesAreClearErrors() async throws {
        let (h, cache) = try harness()
        var r = await h.run("network", "create", "--name=4242")
        #expect(r.status == 0, "\(r.err)")
        cache.replace(.network, with: [])
        r = await h.run("network", "info", "4242")
        #expect(r.status == 1 && r.err.contains("No network with id 4242 found"), "the id wins: \(r.err)")

        for (words, kind) in [
            (["network", "info", "abc"], "network"), (["subnet", "info", "nosuch"], "subnet"), (["server", "reboot", "nosuch"], "server"),
            (["port", "delete", "nosuch"], "port"), (["ip", "delete", "1.2.3.4"], "floating IP"),
            (["network", "connect", "1", "--device-id=nosuch"], "server"), (["ip", "create", "--network-id=nosuch"], "network"),
        ] {
            r = await h.run(words)
            #expect(r.status == 1, "\(words)")
            #expect(r.err.hasPrefix("(404) No \(kind) named ") || r.err.hasPrefix("(404) No \(kind) with "), "\(words): \(r.err)")
            #expect(r.err.contains("is given by its id (a positive integer on Synnefo, a UUID on OpenStack) or its "), "\(words)")
        }
    }
}
