import Foundation
import KamakiAPI
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

/// kamaki 0.16's session users: several tokens in one cloud's token option, listed, added, selected and
/// deleted, with their error cases.
@Suite struct SessionUserTests {
    static let tutorial = "s0m3-u53r-1d"
    static let other = "0th3r-u53r-2d"

    func token(_ h: CommandHarness) -> String? {
        h.file(".kamakirc")?.split(separator: "\n").first { $0.hasPrefix("token = ") }.map { String($0.dropFirst(8)) }
    }

    @Test func listAddSelectDelete() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let (mine, theirs) = (cloud.tokens[0], cloud.tokens[1])
            let h = try CommandHarness(url: cloud.identityURL, token: mine)
            #expect(await h.run("user", "list").out == "\(Self.tutorial) Tutorial User\n")

            let add = await h.run("user", "add", "--token", theirs)
            #expect(add.status == 0 && add.out.contains("id: \(Self.other)") && !add.out.contains(theirs), "\(add.out)")
            #expect(token(h) == "\(mine) \(theirs)", "appended: the first stays in use")
            #expect(await h.run("user", "add", "--token=\(theirs)").err.contains("already in the session list"))
            #expect(token(h) == "\(mine) \(theirs)")
            #expect(h.file(".kamaki.history")?.contains(theirs) == false, "--token values are masked in the history")
            #expect(await h.run("user", "list").out == "\(Self.tutorial) Tutorial User\n\(Self.other) Other User\n")
            let listed = try JSON.parse(await h.run("user", "list", "--output-format", "json").out)
            #expect(listed.arrayValue?.count == 2 && listed.arrayValue?[1]["id"]?.stringValue == Self.other)
            let detailed = await h.run("user", "list", "-l")
            #expect(detailed.out.contains("projects:") && !detailed.out.contains(theirs), "no tokens: \(detailed.out)")

            let select = await h.run("user", "select", "--user", "other@example.org")
            #expect(select.status == 0 && select.err.contains("is now the current session user"), "\(select.err)")
            #expect(token(h) == "\(theirs) \(mine)")
            #expect(fields(await h.run("user", "info").out)["id"] == Self.other, "commands now run as the other user")
            #expect(await h.run("user", "select", "--user", Self.other).err.contains("already the selected session user"))

            let current = await h.run("user", "delete", "--user", Self.other)
            #expect(current.status == 1 && current.err.contains("Cannot remove current session user"))
            #expect(await h.run("user", "delete", "--user", Self.tutorial).status == 0)
            #expect(token(h) == theirs)
        }
    }

    @Test func errors() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            #expect(await h.run("user", "select", "--user", "Tutorial User").status == 1, "a user name is the e-mail, not the display name")
            let unknown = await h.run("user", "select", "--user", "nobody")
            #expect(unknown.status == 1 && unknown.err.contains("No user with uuid or name nobody in the session list"))
            #expect(await h.run("user", "delete", "--user", "nobody").status == 1)
            let bad = await h.run("user", "add", "--token", "nosuchtoken")
            #expect(bad.status == 1 && bad.out.isEmpty)
            #expect(token(h) == cloud.tokens[0], "a rejected token is not added")
            #expect(await h.run("user", "add").status == 2)
            #expect(await h.run("user", "select").status == 2)
            #expect(await h.run("user", "add", "--token=...").status == 2, "a masked history line is refused")
        }
        let embedded = try CommandHarness()
        let local = await embedded.run("user", "list")
        #expect(local.status == 1 && local.err.contains("embedded local cloud"), "\(local.err)")
    }
}
