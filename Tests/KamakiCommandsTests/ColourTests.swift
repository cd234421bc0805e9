import Foundation
import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiCommands

/// Colour (issue 16 item 14): statuses in text output, only on a terminal without `--no-color`,
/// `NO_COLOR` or `TERM=dumb`; never in JSON, yaml or table output; cloud text escaped before it is coloured.
@Suite struct ColourTests {
    static let green = "\u{1B}[32m", yellow = "\u{1B}[33m", red = "\u{1B}[31m", reset = "\u{1B}[0m"
    static let boldRed = "\u{1B}[31;1m"

    /// (stdout is a terminal, environment, `--no-color`) → colour.
    static let decisions: [(Bool, [String: String], Bool, Bool)] = [
        (true, [:], false, true),
        (true, ["TERM": "xterm-256color"], false, true),
        (false, [:], false, false),
        (true, [:], true, false),
        (true, ["NO_COLOR": "1"], false, false),
        (true, ["NO_COLOR": "0"], false, false),
        (true, ["NO_COLOR": ""], false, true),
        (true, ["TERM": "dumb"], false, false),
        (false, ["TERM": "xterm"], true, false),
    ]

    @Test(arguments: decisions.indices) func decision(_ index: Int) {
        let (terminal, variables, noColor, expected) = Self.decisions[index]
        #expect(Colour.enabled(terminal: terminal, variables: variables, noColor: noColor) == expected)
    }

    /// `--no-color` is seen in a line's words before they are parsed, but not after `--`.
    @Test func noColorInWords() {
        #expect(Colour.refused(by: ["--no-color", "network", "lst"]))
        #expect(Colour.refused(by: ["network", "list", "--no-color"]))
        #expect(!Colour.refused(by: ["network", "list"]))
        #expect(!Colour.refused(by: ["server", "create", "--", "--no-color"]))
    }

    /// An error block's first line is bold red; its line break and details stay plain.
    @Test func errorHeader() {
        #expect(Colour.header(of: "(404) Not found\n|  details\n") == "\(Self.boldRed)(404) Not found\(Self.reset)\n|  details\n")
        #expect(Colour.header(of: "Error: no\n") == "\(Self.boldRed)Error: no\(Self.reset)\n")
        #expect(Colour.header(of: "no line break") == "\(Self.boldRed)no line break\(Self.reset)")
        #expect(Colour.header(of: "\nstarts empty\n") == "\nstarts empty\n")
        #expect(Colour.header(of: "") == "")
    }

    static func items(_ statuses: [String]) -> [JSONObject] {
        statuses.enumerated().map { JSONObject([("id", .string(String($0.offset))), ("status", .string($0.element))]) }
    }

    @Test func statusesInTheirColoursWhenOn() {
        let output = BufferedOutput()
        Renderer(output: output, colours: true).list(Self.items(["ACTIVE", "BUILD", "ERROR", "DOWN"]), details: true)
        #expect(
            output.standard
                == "0\n    status: \(Self.green)ACTIVE\(Self.reset)\n1\n    status: \(Self.yellow)BUILD\(Self.reset)\n"
                + "2\n    status: \(Self.red)ERROR\(Self.reset)\n3\n    status: DOWN\n")
    }

    @Test func noEscapesWhenOff() {
        let output = BufferedOutput()
        Renderer(output: output).list(Self.items(["ACTIVE", "BUILD", "ERROR"]), details: true)
        #expect(output.standard == "0\n    status: ACTIVE\n1\n    status: BUILD\n2\n    status: ERROR\n")
    }

    /// A status with control characters is escaped as any cloud text is, and is no colour's status.
    @Test func hostileStatusIsEscapedNotColoured() throws {
        let output = BufferedOutput()
        let hostile = "ACTIVE\u{1B}]0;owned\u{07}\u{1B}[2J"
        Renderer(output: output, colours: true).dict(JSONObject([("status", .string(hostile))]))
        #expect(!output.standard.contains("\u{1B}"))
        #expect(!output.standard.contains("\u{07}"))
        #expect(output.standard.hasPrefix("status: ACTIVE\\"))
    }

    /// Trailing spaces of a coloured status go as they do without colour.
    @Test func colouredStatusKeepsTheLineShape() {
        let output = BufferedOutput()
        Renderer(output: output, colours: true).dict(JSONObject([("status", "ACTIVE"), ("name", "a")]), order: ["status"])
        #expect(output.standard == "status: \(Self.green)ACTIVE\(Self.reset)\nname: a\n")
    }

    @Test func commandsColourOnlyATerminalWithoutNoColor() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let config = "[global]\ndefault_cloud = test\n\n[cloud \"test\"]\nurl = \(cloud.identityURL)\ntoken = \(cloud.tokens[0])\n"
            let h = try CommandHarness()
            try h.write(config: config)
            let coloured = await h.run(["network", "list", "-l"], terminal: true)
            #expect(coloured.status == 0)
            #expect(coloured.out.contains("status: \(Self.green)ACTIVE\(Self.reset)\n"))
            let info = await h.run(["network", "info", "1"], terminal: true)
            #expect(info.out.contains("status: \(Self.green)ACTIVE\(Self.reset)\n"), "\(info.out)\(info.err)")
            for words in [["network", "list", "-l"], ["--no-color", "network", "list", "-l"], ["network", "list", "-l", "--no-color"]] {
                let plain = await h.run(words, terminal: words.contains("--no-color"))
                #expect(plain.status == 0)
                #expect(plain.out.contains("status: ACTIVE\n"))
                #expect(!plain.out.contains("\u{1B}"))
            }
            for format in ["json", "yaml", "table"] {
                let structured = await h.run(["network", "list", "-l", "--output-format", format], terminal: true)
                #expect(structured.status == 0, "\(format): \(structured.err)")
                #expect(structured.out.contains("ACTIVE"), "\(format)")
                #expect(!structured.out.contains("\u{1B}"), "\(format)")
            }
            for variables in [["NO_COLOR": "1"], ["TERM": "dumb"]] {
                let quiet = try CommandHarness(extraVariables: variables)
                try quiet.write(config: config)
                let plain = await quiet.run(["network", "list", "-l"], terminal: true)
                #expect(plain.out.contains("status: ACTIVE\n"), "\(variables)")
                #expect(!plain.out.contains("\u{1B}"), "\(variables)")
                let failed = await quiet.run(["network", "info", "424242"], terminal: true)
                #expect(failed.status != 0)
                #expect(failed.err.hasPrefix("(404)"), "\(variables): \(failed.err)")
                #expect(!failed.err.contains("\u{1B}"), "\(variables)")
            }
        }
    }

    /// The first line of an error block is coloured on a terminal: a cloud's error, and a line that does not parse.
    @Test func errorHeadersOnlyOnATerminalWithoutNoColor() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            let missing = await h.run(["network", "info", "424242"], terminal: true)
            #expect(missing.status == 1)
            #expect(missing.err.hasPrefix(Self.boldRed + "(404)"), "\(missing.err)")
            #expect(missing.err.components(separatedBy: "\u{1B}").count == 3, "one start and one end: \(missing.err)")
            let mistyped = await h.run(["network", "lst"], terminal: true)
            #expect(mistyped.status == 2)
            #expect(mistyped.err.hasPrefix(Self.boldRed + "Error: "), "\(mistyped.err)")
            for (words, terminal) in [
                (["network", "info", "424242"], false), (["--no-color", "network", "info", "424242"], true),
                (["network", "lst", "--no-color"], true),
            ] {
                let plain = await h.run(words, terminal: terminal)
                #expect(plain.status != 0)
                #expect(!plain.err.isEmpty)
                #expect(!plain.err.contains("\u{1B}"), "\(words): \(plain.err)")
            }
        }
    }
}
