import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import Testing

/// kamaki 0.16's `server list` filters, `server info --stats/--diagnostics`, `user info --uuid/--username`
/// and `--more`, against the embedded local cloud, with their error cases.
@Suite struct ServerAndUserFlagsTests {
    static let image = "f1r57-1m4g3-1d"

    @Test func serverListFilters() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        let both = "141 Server 1\n142 Server 1\n"
        #expect(await h.run("server", "list", "--image-id", Self.image).out == both)
        #expect(await h.run("server", "list", "--image-id", "nope").out == "")
        #expect(await h.run("server", "list", "--flavor-id", "1").out == both)
        #expect(await h.run("server", "list", "--flavor-id", "2").out == "")
        #expect(await h.run("server", "list", "--metadata", "OS=debian", "--metadata", "users=root").out == both)
        #expect(await h.run("server", "list", "--metadata", "OS=deb").out == "", "--metadata is exact")
        #expect(await h.run("server", "list", "--metadata-like", "OS=DEB").out == both, "--metadata-like is a substring")
        #expect(await h.run("server", "list", "--user-name", "tutorial@example.org").out == both)
        #expect(await h.run("server", "list", "--user-name", "other@example.org").out == "", "not this user's servers")
        #expect(await h.run("network", "list", "--more").out == "1 public_network ( public )\n")

        let recent = await h.run("server", "list", "--since", Self.minutesAgo(5))
        #expect(recent.status == 0 && recent.out == "")
        #expect(recent.err.contains("No servers have been modified since"))

        for (words, status, message) in [
            (["server", "list", "--user-name", "nobody@example.org"], Int32(1), "No user named nobody@example.org is known to the cloud"),
            (["server", "list", "--since", "yesterday"], 2, "Invalid --since yesterday"),
            (["server", "list", "--since", Self.minutesAgo(-60)], 1, "changes-since value set in the future."),
            (["server", "list", "--metadata", "OS"], 2, "Invalid metadata filter OS: use KEY=VALUE"),
            (["server", "list", "--number=-1"], 2, "--number must be 0 or more, not -1"),
        ] {
            let r = await h.run(words)
            #expect(r.status == status, "\(words): \(r.err)")
            #expect(r.err.contains(message), "\(words): \(r.err)")
        }
    }

    @Test func serverInfoStatsAndDiagnostics() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        var r = await h.run("server", "info", "141", "--stats")
        #expect(r.status == 0, "\(r.err)")
        #expect(fields(r.out)["serverRef"] == "141" && fields(r.out)["refresh"] == "60")
        r = await h.run("server", "info", "141", "--diagnostics", "--output-format=json")
        #expect(r.out == "[]\n", "\(r.err)")
        r = await h.run("server", "info", "141", "--stats", "--nics")
        #expect(r.status == 2 && r.err.contains("use only one of --nics, --stats, --diagnostics"))
        r = await h.run("server", "info", "999", "--stats")
        #expect(r.status == 1 && r.err.contains("No servers with ID 999"))
    }

    @Test func userInfoOfAnotherUser() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        var r = await h.run("user", "info", "--username", "other@example.org")
        #expect(r.status == 0, "\(r.err)")
        let other = fields(r.out)
        #expect(other["name"] == "other@example.org" && other["id"] != "s0m3-u53r-1d")
        r = await h.run("user", "info", "--uuid", try #require(other["id"]))
        #expect(fields(r.out)["name"] == "other@example.org")
        r = await h.run("user", "info", "--uuid", "s0m3-u53r-1d")
        #expect(fields(r.out)["default_project"] == "s0m3-u53r-1d", "oneself: the session's user")
        r = await h.run("user", "info", "--uuid", "nobody")
        #expect(r.status == 1 && r.err.contains("No user with uuid nobody is known to the cloud"))
        r = await h.run("user", "info", "--uuid", "a", "--username", "b")
        #expect(r.status == 2 && r.err.contains("use only one of --uuid, --username"))
    }

    static func minutesAgo(_ minutes: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssXXXXX"
        return formatter.string(from: Date().addingTimeInterval(-minutes * 60))
    }
}
