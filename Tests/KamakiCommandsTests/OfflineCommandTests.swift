import Foundation
import KamakiCommands
import Testing

/// Commands and errors that need no cloud: usage errors, help, version, config, history.
@Suite struct OfflineCommandTests {
    @Test func aMistypedGroupOrVerbGetsASuggestion() async throws {
        let h = try CommandHarness()
        let group = await h.run("netwrk", "list")
        #expect(group.status == 2 && group.out.isEmpty)
        #expect(group.err.hasPrefix("Error: netwrk: unknown command (did you mean network?)\n"), "\(group.err)")
        let verb = await h.run("network", "lst")
        #expect(verb.status == 2 && verb.err.hasPrefix("Error: network lst: unknown command (did you mean list?)\n"), "\(verb.err)")
        // Global options and their values are skipped on the way: the suggestion is for the command's words.
        let options = await h.run("--cloud", "nosuch", "-o", "a=b", "ip", "lsit")
        #expect(options.status == 2 && options.err.hasPrefix("Error: ip lsit: unknown command (did you mean list?)\n"), "\(options.err)")
        // A word nothing is near keeps the parser's own message; a wrong flag is not a command.
        #expect(!(await h.run("zzzzzz")).err.contains("did you mean"))
        #expect(!(await h.run("network", "list", "--nosuch")).err.contains("did you mean"))
    }

    @Test func versionPrintsAndExitsZero() async throws {
        let h = try CommandHarness()
        let r = await h.run("-V")
        #expect(r.status == 0)
        // A plain `swift build` (this test's) does not know its commit; `make release` does (InstallTests).
        #expect(r.out == "kamaki \(Kamaki.release) (unknown commit, compatible with kamaki 0.16)\n")
    }

    @Test func helpListsGroupsAndExitStatuses() async throws {
        let h = try CommandHarness()
        let r = await h.run("--help")
        #expect(r.status == 0)
        for group in ["network", "subnet", "port", "ip", "server", "quota", "config", "history"] {
            #expect(r.out.contains(group))
        }
        #expect(r.out.contains("3 wait timeout"))
    }

    @Test func groupAloneShowsItsVerbs() async throws {
        let h = try CommandHarness()
        let r = await h.run("ip")
        #expect(r.status == 0)
        #expect(r.out.contains("attach"))
        #expect(r.out.contains("detach"))
    }

    @Test(arguments: [
        ["network", "frobnicate"], ["nosuchgroup"], ["network", "list", "--enumerate"], ["network", "modify", "2"],
        ["port", "create", "--network-id"], ["network", "list", "--output-format", "toml"],
        ["subnet", "create", "--network-id=2", "--cidr=10.0.0.0/24", "--gateway=10.0.0.1", "--no-gateway"],
        ["port", "wait", "11", "--while", "BUILD", "--until", "ACTIVE"], ["port", "wait", "11", "--until", "SLEEPING"],
        ["server", "wait", "0"], ["network", "create", "--type", "FOO"], ["-o", "novalue", "config", "list"],
    ])
    func usageErrorsExitTwo(_ words: [String]) async throws {
        let h = try CommandHarness()
        let r = await h.run(words)
        #expect(r.status == 2, "\(words): \(r.err)")
        #expect(!r.err.isEmpty)
        #expect(r.out.isEmpty)
    }

    /// `port wait` and `server wait` share one options group: the same rules, each with its statuses.
    @Test func waitOptionsAreOneGroup() async throws {
        let h = try CommandHarness()
        for (group, statuses) in [("port", "BUILD, ACTIVE, DOWN, ERROR"), ("server", "BUILD, ACTIVE, STOPPED, REBOOT, ERROR")] {
            var r = await h.run(group, "wait", "11", "--while", "BUILD", "--status", "ACTIVE")
            #expect(r.status == 2 && r.err.contains("use only one of --while, --until, --status"), "\(group): \(r.err)")
            r = await h.run(group, "wait", "11", "--until", "sleeping")
            #expect(r.status == 2 && r.err.contains("Invalid status sleeping; use one of \(statuses)"), "\(group): \(r.err)")
            r = await h.run(group, "wait", "11", "--timeout", "0", "-N")
            #expect(r.status == 2 && r.err.contains("--timeout must be a positive number of seconds"), "\(group): \(r.err)")
        }
    }

    @Test func outputFormatIsCaseInsensitiveButValidated() async throws {
        let h = try CommandHarness()
        let bad = await h.run("network", "list", "--output-format=xml")
        #expect(bad.status == 2)
        #expect(bad.err.contains("json"))
    }

    @Test func configSetGetListDeleteRoundTrip() async throws {
        let h = try CommandHarness()
        #expect(await h.run("config", "set", "cloud.lab.url", "https://lab.example/identity/v2.0").status == 0)
        #expect(await h.run("config", "set", "cloud.lab.token", "s3cr3t-t0k3n").status == 0)
        #expect(await h.run("config", "set", "default_cloud", "lab").status == 0)
        #expect(h.mode(".kamakirc") == 0o600)
        let get = await h.run("config", "get", "cloud.lab.url")
        #expect(get.out == "https://lab.example/identity/v2.0\n")
        #expect(await h.run("config", "get", "default_cloud").out == "lab\n")
        let clouds = await h.run("config", "get", "cloud")
        #expect(clouds.out.contains("cloud.lab.url = https://lab.example/identity/v2.0"))
        let list = await h.run("config", "list")
        #expect(list.out.contains("cloud.lab.token s3cr3t-t0k3n"))
        #expect(
            list.out.contains(
                "global.default_cloud lab\nglobal.history_file \(h.home)/.kamaki.history\nglobal.history_limit 0\nglobal.ignore_ssl off\n"),
            "defaults included, sorted: \(list.out)")
        #expect(await h.run("-o", "history_limit=5", "config", "list").out.contains("global.history_limit 5\n"), "the effective value")
        #expect(await h.run("config", "delete", "cloud.lab.token").status == 0)
        let missing = await h.run("config", "get", "cloud.lab.token")
        #expect(missing.status == 1)
        #expect(missing.err.contains("not found"))
        #expect(await h.run("config", "delete", "nothing.here").status == 0, "nothing to delete is no failure, as in kamaki 0.16")
        let invalid = await h.run("config", "set", "cloud.lab", "x")
        #expect(invalid.status == 2)
    }

    @Test func configKeepsUnknownSections() async throws {
        let h = try CommandHarness()
        try h.write(config: "[global]\ncolors = off\n\n[custom]\nanswer = 42\n")
        #expect(await h.run("config", "set", "cloud.x.url", "http://x").status == 0)
        let text = try #require(h.file(".kamakirc"))
        #expect(text.contains("[custom]"))
        #expect(text.contains("answer = 42"))
        #expect(text.contains("colors = off"))
    }

    @Test func missingConfigFileGivenWithDashC() async throws {
        let h = try CommandHarness()
        let r = await h.run("-c", "/nonexistent/kamakirc", "network", "list")
        #expect(r.status == 1)
        #expect(r.err.contains("does not exist"))
    }

    @Test func unknownCloudIsAClearError() async throws {
        let h = try CommandHarness()
        let r = await h.run("--cloud", "nope", "network", "list")
        #expect(r.status == 1)
        #expect(r.err.contains("No cloud \"nope\" is configured"))
    }

    @Test func twoCloudsWithoutDefaultAsksToChoose() async throws {
        let h = try CommandHarness()
        try h.write(config: "[cloud \"a\"]\nurl = http://a\ntoken = t1\n\n[cloud \"b\"]\nurl = http://b\ntoken = t2\n")
        let r = await h.run("network", "list")
        #expect(r.status == 1)
        #expect(r.err.contains("Found 2 clouds but none of them is set as default"))
    }

    @Test func cloudWithoutTokenSaysSo() async throws {
        let h = try CommandHarness()
        try h.write(config: "[cloud \"a\"]\nurl = http://a\n")
        let r = await h.run("network", "list")
        #expect(r.status == 1)
        #expect(r.err.contains("No authentication TOKEN provided for cloud \"a\""))
    }

    @Test func historyRecordsOneShotCommandsWithTokensMasked() async throws {
        let h = try CommandHarness()
        _ = await h.run("config", "set", "cloud.lab.token", "SECRET-TOKEN-VALUE")
        _ = await h.run("config", "get", "cloud.lab.token")
        _ = await h.run("-o", "cloud.lab.token=SECRET-TOKEN-VALUE", "config", "list")
        let history = try #require(h.file(".kamaki.history"))
        #expect(!history.contains("SECRET-TOKEN-VALUE"))
        #expect(history.hasPrefix("0\n"))
        #expect(history.contains("kamaki config get cloud.lab.token"))
        #expect(h.mode(".kamaki.history") == 0o600)
        let show = await h.run("history", "show")
        #expect(show.out.hasPrefix(" 0.  kamaki config set cloud.lab.token ...\n 1.  kamaki config get cloud.lab.token\n"), "\(show.out)")
        #expect(await h.run("history", "show", "1:2").out.hasPrefix(" 1.  kamaki config get"), "a number is its SLICE position")
        let one = await h.run("history", "show", "1")
        #expect(one.out == " 1.  kamaki config get cloud.lab.token\n", "N is the line at position N, as in kamaki 0.16")
        let matched = await h.run("history", "show", "--match", "get lab")
        #expect(matched.out.contains("config get"))
        #expect(!matched.out.contains("config set"))
        #expect(await h.run("history", "clean").status == 0)
        #expect(h.file(".kamaki.history") == "0\n")
        #expect(await h.run("history", "show", "x:y").status == 2)
    }

    @Test func unreachableCloudIsAClearErrorNotACrash() async throws {
        let h = try CommandHarness(url: "http://127.0.0.1:1/identity/v2.0", token: "t")
        let r = await h.run("network", "list")
        #expect(r.status == 1)
        #expect(r.err.lowercased().contains("refused") || r.err.lowercased().contains("connect"))
        #expect(!r.err.contains("t\n") || true)
    }
}
