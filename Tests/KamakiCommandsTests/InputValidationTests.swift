import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import LocalCloud
import Testing

/// Input that used to crash, reach the wrong URL, or damage the config file: each now gets a clear
/// error and its exit status, and leaves the files as they were.
@Suite struct InputValidationTests {
    @Test func cloudURLsTheHTTPClientCannotTakeAreConfigurationErrors() async throws {
        // A port above 65535 trapped inside the HTTP client (the process died of SIGILL).
        for (url, reason) in [
            ("http://127.0.0.1:99999/identity/v2.0", "port 99999 is out of range (1-65535)"),
            ("http://localhost:65536/identity/v2.0", "port 65536 is out of range (1-65535)"),
            ("ftp://127.0.0.1/identity/v2.0", "unsupported scheme 'ftp' (use http or https)"),
        ] {
            let h = try CommandHarness(url: url, token: "t0k3n-t0k3n")
            let r = await h.run("network", "list")
            #expect(r.status == 1, "\(url): \(r.err)")
            #expect(r.err.hasPrefix("Invalid URL \(url)/tokens: \(reason)\n"), "\(url): \(r.err)")
        }
    }

    @Test func aLineWithThousandsOfWordsIsRefusedBeforeParsing() async throws {
        // swift-argument-parser's parse grows with the square of a line's words: 10,000 flags took
        // about a minute. A line that long is refused; one of the limit's length still runs.
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        let refused = await h.run(["network", "list"] + Array(repeating: "-l", count: 10_000))
        #expect(refused.status == 2, "\(refused.err)")
        #expect(refused.err == "Error: the line has 10002 words; kamaki takes at most \(CommandRunner.maximumWords)\n")
        let accepted = await h.run(["network", "list"] + Array(repeating: "-l", count: CommandRunner.maximumWords - 2))
        #expect(accepted.status == 0, "\(accepted.err)")
    }

    @Test func emptyIDsAreUsageErrorsAndSendNothing() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        for words in [
            ["network", "info", ""], ["network", "delete", " "], ["network", "modify", "", "--name=x"], ["subnet", "info", ""],
            ["port", "info", ""], ["port", "delete", ""], ["port", "wait", ""], ["ip", "info", ""], ["ip", "delete", ""],
        ] {
            let r = await h.run(words)
            #expect(r.status == 2, "\(words): \(r.err)")
            #expect(r.err.contains("An id cannot be empty"), "\(words): \(r.err)")
        }
        // The networks are all still there.
        #expect(await h.run("network", "list").out == "1 public_network ( public )\n")
    }

    @Test func configValuesAndNamesThatWouldNotReadBackAreRefused() async throws {
        let h = try CommandHarness()
        #expect(await h.run("config", "set", "cloud.lab.url", "http://lab.example/identity/v2.0").status == 0)
        let before = h.file(".kamakirc")
        let cases: [([String], String)] = [
            (["config", "set", "cloud.lab.url", "http://a\n[global]\ndefault_cloud = evil"], "contains a line break"),
            (["config", "set", "cloud.lab.token", "abc\r\nX-Evil: 1"], "contains a line break"),
            (["config", "set", "cloud..url", "x"], "Invalid cloud name \"\""),
            (["config", "set", "cloud.my lab.url", "x"], "Invalid cloud name \"my lab\""),
            (["config", "set", "cloud.zz.tok=en", "v"], "Invalid option name \"tok=en\""),
            (["config", "set", "history_limit", "abc"], "history_limit must be a whole number"),
            (["config", "set", "history_limit", "--", "-3"], "history_limit must be a whole number"),
            (["-o", "cloud..url=x", "network", "list"], "Invalid cloud name"),
            (["-o", ".=x", "network", "list"], "Invalid option \".\""),
        ]
        for (words, message) in cases {
            let r = await h.run(words)
            #expect(r.status == 2, "\(words): \(r.err)")
            #expect(r.err.contains(message), "\(words): \(r.err)")
        }
        #expect(h.file(".kamakirc") == before, "a refused value changes nothing")
    }

    @Test func configFilesWithWindowsLineEndsOrAByteOrderMarkReadAsWritten() async throws {
        let h = try CommandHarness()
        for text in [
            "[global]\r\ndefault_cloud = c1\r\n[cloud \"c1\"]\r\nurl = http://127.0.0.1:1/identity/v2.0\r\ntoken = t0k3n\r\n",
            "\u{FEFF}[global]\ndefault_cloud = c1\n[cloud \"c1\"]\nurl = http://127.0.0.1:1/identity/v2.0\ntoken = t0k3n\n",
        ] {
            try h.write(config: text)
            var r = await h.run("config", "get", "cloud.c1.url")
            #expect(r.out == "http://127.0.0.1:1/identity/v2.0\n", "\(r.err)")
            // The configured cloud is used, not the embedded one.
            r = await h.run("network", "list")
            #expect(r.status == 1)
            #expect(r.err.contains("could not connect to 127.0.0.1:1"), "\(r.err)")
        }
    }

    @Test func malformedConfigLinesAreErrorsNamingTheLine() async throws {
        let h = try CommandHarness()
        for (text, message) in [
            ("[global]\n[cloud \"c1\"\nurl = http://x\n", "is malformed at line 2: a section header without its closing ]"),
            ("[cloud \"c1\"]\nurl = http://x\n  continued\n", "is malformed at line 3: \"continued\" is not key = value"),
        ] {
            try h.write(config: text)
            let r = await h.run("network", "list")
            #expect(r.status == 1, "\(r.err)")
            #expect(r.err.contains(message), "\(r.err)")
            #expect(await h.run("config", "set", "log_file", "/tmp/x").status == 1)
            #expect(h.file(".kamakirc") == text, "a file kamaki cannot read is not rewritten")
        }
    }

    @Test func configSetWritesThroughASymbolicLink() async throws {
        let h = try CommandHarness()
        try FileManager.default.createDirectory(atPath: h.home + "/dot", withIntermediateDirectories: true)
        try "[global]\ncolors = off\n".write(toFile: h.home + "/dot/kamakirc", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: h.home + "/.kamakirc", withDestinationPath: "dot/kamakirc")
        #expect(await h.run("config", "set", "log_file", "/tmp/kamaki.log").status == 0)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: h.home + "/.kamakirc")
        #expect(link == "dot/kamakirc")
        let target = try #require(h.file("dot/kamakirc"))
        #expect(target.contains("colors = off") && target.contains("log_file = /tmp/kamaki.log"))
    }

    @Test func historyKeepsItsLimitAndFollowsOptionOverrides() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        #expect(await h.run("config", "set", "history_limit", "2").status == 0)
        for _ in 0..<3 { _ = await h.run("network", "list") }
        let lines = try #require(h.file(".kamaki.history")).split(separator: "\n")
        #expect(lines == ["2", "kamaki network list", "kamaki network list"])
        let other = h.home + "/elsewhere.history"
        #expect(await h.run("-o", "history_file=\(other)", "network", "list").status == 0)
        #expect(
            FileManager.default.contents(atPath: other).map { String(decoding: $0, as: UTF8.self) }
                == "0\nkamaki -o history_file=\(other) network list\n")
    }

    @Test func tokenMaskingNeitherGarblesWordsNorLetsTokensThrough() {
        // A one-letter token is masked as a word, not inside every word that has its letter.
        #expect(HistoryFile.masked(["kamaki", "network", "list", "t"], tokens: ["t"]) == "kamaki network list ...")
        // An odd stored token ("=") does not stop an -o token from being masked.
        #expect(
            HistoryFile.masked(["kamaki", "-o", "cloud.default.token=SECRETGGG", "network", "list"], tokens: ["="])
                == "kamaki -o cloud.default.token=... network list")
        #expect(HistoryFile.masked(["kamaki", "-ocloud.x.token=s3cr3t-t0k3n"], tokens: ["s3cr3t-t0k3n"]) == "kamaki -ocloud.x.token=...")
        #expect(HistoryFile.masked(["kamaki", "x-s3cr3t-t0k3n-y"], tokens: ["s3cr3t-t0k3n"]) == "kamaki x-...-y")
    }
}
