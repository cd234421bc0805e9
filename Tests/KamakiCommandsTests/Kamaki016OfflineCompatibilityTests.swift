import Foundation
import KamakiCommands
import Testing

/// kamaki 0.16's behaviours that scripts rely on and that need no cloud: `history show N`, `config get` of
/// built-in values, `config delete` of what is not set, `config list`'s descriptions, attached short values.
@Suite struct Kamaki016OfflineCompatibilityTests {
    @Test func historyShowNIsThePositionNotTheLastN() async throws {
        let h = try CommandHarness()
        for key in ["a", "b", "c"] { _ = await h.run("config", "get", key) }
        let second = await h.run("history", "show", "1")
        #expect(second.status == 0 && second.out == " 1.  kamaki config get b\n", "\(second.out)")
        #expect(await h.run("history", "show", "0").out == " 0.  kamaki config get a\n")
        // Negative positions count from the end, the `history show` line itself being the last.
        #expect(await h.run("history", "show", "-1").out == " 5.  kamaki history show -1\n")
        #expect(await h.run("history", "show", "-3").out == " 4.  kamaki history show 0\n")
        #expect(await h.run("history", "show", "-2:").out == " 6.  kamaki history show -3\n 7.  kamaki history show -2:\n")
        let beyond = await h.run("history", "show", "99")
        #expect(beyond.status == 1 && beyond.err.contains("No history line at position 99"), "\(beyond.err)")
        #expect(await h.run("history", "show", "-99").status == 1)
        #expect(await h.run("history", "show", "abc").status == 2)
    }

    @Test func configGetShowsTheBuiltInValuesConfigListShows() async throws {
        let h = try CommandHarness()
        #expect(await h.run("config", "get", "history_file").out == h.home + "/.kamaki.history\n")
        #expect(await h.run("config", "get", "global.log_file").out == h.home + "/.kamaki.log\n")
        #expect(await h.run("config", "get", "ignore_ssl").out == "off\n")
        #expect(await h.run("config", "get", "history_limit").out == "0\n")
        let unsetDefault = await h.run("config", "get", "default_cloud")
        #expect(unsetDefault.status == 0 && unsetDefault.out.isEmpty, "an empty value prints nothing, as in kamaki")
        #expect(await h.run("config", "set", "ignore_ssl", "on").status == 0)
        #expect(await h.run("config", "get", "ignore_ssl").out == "on\n", "the file's value wins")
        let noDefault = await h.run("config", "get", "ca_certs")
        #expect(noDefault.status == 1 && noDefault.err.contains("ca_certs not found"))
        #expect(await h.run("config", "get", "nosuch").status == 1)
    }

    @Test func configDeleteOfWhatIsNotSetSucceeds() async throws {
        let h = try CommandHarness()
        try h.write(config: "[cloud \"lab\"]\nurl = http://lab\ntoken = t\n")
        #expect(await h.run("config", "delete", "nosuch").status == 0)
        #expect(await h.run("config", "delete", "global.nosuch").status == 0)
        #expect(await h.run("config", "delete", "cloud.nosuchcloud.url").status == 0)
        let field = await h.run("config", "delete", "cloud.lab.nosuch")
        #expect(field.status == 1 && field.err.contains("Field cloud.lab.nosuch does not exist"), "\(field.err)")
        #expect(await h.run("config", "set", "ignore_ssl", "on").status == 0)
        #expect(await h.run("config", "delete", "--default", "ignore_ssl").status == 0)
        #expect(await h.run("config", "get", "ignore_ssl").out == "off\n", "back to the built-in value")
        #expect(h.file(".kamakirc")?.contains("url = http://lab") == true)
    }

    @Test func configListDescribesOptions() async throws {
        let h = try CommandHarness()
        try h.write(config: "[cloud \"lab\"]\nurl = http://lab\ntoken = t\nodd = 1\n")
        let described = await h.run("config", "list", "--with-description")
        #expect(described.status == 0)
        #expect(described.out.hasPrefix("# cloud authentication URL\ncloud.lab.url http://lab\n# user token for this cloud\n"))
        #expect(described.out.contains("# unknown option\ncloud.lab.odd 1\n"))
        #expect(described.out.contains("# path to store kamaki history\nglobal.history_file \(h.home)/.kamaki.history\n"))
        let keys = await h.run("config", "list", "--describe-option-keys")
        #expect(keys.out.hasPrefix("\nglobal.default_cloud: \tThe default cloud, when there are more than one clouds\n"))
        #expect(keys.out.contains("cloud.<CLOUD NAME>.token: \tuser token for this cloud\n"))
        #expect(!keys.out.contains("http://lab"), "keys, not values")
    }

    @Test func shortOptionsTakeAttachedValues() async throws {
        let h = try CommandHarness()
        #expect(await h.run("-ohistory_limit=5", "config", "list").out.contains("global.history_limit 5\n"))
        #expect(await h.run("config", "list", "-ohistory_limit=7").out.contains("global.history_limit 7\n"))
        let missing = await h.run("-c/nonexistent/kamakirc", "network", "list")
        #expect(missing.status == 1 && missing.err.contains("\"/nonexistent/kamakirc\" does not exist"), "\(missing.err)")
        let literal = await h.run("config", "get", "--", "-ox")
        #expect(literal.status == 1 && literal.err.contains("-ox not found"), "after --, a word is an argument: \(literal.err)")
        #expect(await h.run("-o", "config", "list").status == 2)
    }
}
