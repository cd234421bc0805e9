import Foundation
import KamakiCommands
import KamakiTestSupport
import Testing

@testable import KamakiShell

/// When the shell pages output and with which pager (``Paging``), and the sink that does it
/// (``PagerOutput``) with a real child process as the pager.
@Suite("Pager")
struct PagingTests {
    @Test(
        "which pager: KAMAKI_PAGER, else the pager option, else PAGER, else less -FRX; empty, off or cat: none",
        arguments: [
            ([:], nil, "less -FRX"),
            (["PAGER": "more"], nil, "more"),
            (["PAGER": ""], nil, nil),
            (["PAGER": "cat"], nil, nil),
            (["KAMAKI_PAGER": ""], nil, nil),
            (["KAMAKI_PAGER": "", "PAGER": "more"], nil, nil),
            (["KAMAKI_PAGER": "most", "PAGER": "more"], "off", "most"),
            ([:], "off", nil),
            (["PAGER": "more"], "OFF", nil),
            (["PAGER": "more"], "on", "more"),
            ([:], "on", "less -FRX"),
            ([:], "", "less -FRX"),
            (["PAGER": "more"], "less -S", "less -S"),
            ([:], " cat ", nil),
        ] as [([String: String], String?, String?)])
    func pager(_ variables: [String: String], _ option: String?, _ expected: String?) {
        #expect(Paging.pager(variables: variables, option: option) == expected)
    }

    struct Decision: Sendable, CustomStringConvertible {
        let terminal: Bool
        let rows: Int
        let screen: Int?
        let pager: String?
        let forced: Bool
        let pages: Bool
        var description: String { "tty \(terminal), \(rows) rows on \(screen.map(String.init) ?? "?"), \(pager ?? "off"), more \(forced)" }
    }

    @Test(
        "page only a terminal's output longer than the screen above the prompt, or any with --more; never with paging off",
        arguments: [
            Decision(terminal: true, rows: 40, screen: 40, pager: "less", forced: false, pages: true),
            Decision(terminal: true, rows: 39, screen: 40, pager: "less", forced: false, pages: false),
            Decision(terminal: true, rows: 3, screen: 40, pager: "less", forced: false, pages: false),
            Decision(terminal: false, rows: 400, screen: 40, pager: "less", forced: false, pages: false),
            Decision(terminal: false, rows: 3, screen: 40, pager: "less", forced: true, pages: false),
            Decision(terminal: true, rows: 400, screen: 40, pager: nil, forced: false, pages: false),
            Decision(terminal: true, rows: 3, screen: 40, pager: nil, forced: true, pages: false),
            Decision(terminal: true, rows: 3, screen: 40, pager: "less", forced: true, pages: true),
            Decision(terminal: true, rows: 0, screen: 40, pager: "less", forced: true, pages: false),
            Decision(terminal: true, rows: 400, screen: nil, pager: "less", forced: false, pages: false),
            Decision(terminal: true, rows: 3, screen: nil, pager: "less", forced: true, pages: true),
        ])
    func decision(_ case: Decision) {
        let pages = Paging.shouldPage(
            stdoutIsTerminal: `case`.terminal, outputRows: `case`.rows, screenRows: `case`.screen, pager: `case`.pager,
            forced: `case`.forced)
        #expect(pages == `case`.pages)
    }

    @Test("rows: lines, long lines wrapped at the width, a last line without its newline")
    func rows() {
        #expect(Paging.rows(of: "", columns: 80) == 0)
        #expect(Paging.rows(of: "a\nb\n", columns: 80) == 2)
        #expect(Paging.rows(of: "a\nb", columns: 80) == 2)
        #expect(Paging.rows(of: "\n\n", columns: 80) == 2)
        #expect(Paging.rows(of: String(repeating: "x", count: 81) + "\n", columns: 80) == 2)
        #expect(Paging.rows(of: String(repeating: "x", count: 80) + "\n", columns: 80) == 1)
        #expect(Paging.screenRows(variable: "12", terminal: 40) == 12)
        #expect(Paging.screenRows(variable: "x", terminal: 40) == 40)
        #expect(Paging.screenRows(variable: "0", terminal: nil) == nil)
        #expect(Paging.asksForMore(["network", "list", "--more"]))
        #expect(!Paging.asksForMore(["network", "create", "--", "--more"]))
    }

    /// What `write` does to a ``PagerOutput`` on a buffer as the terminal, whose pager copies what
    /// it gets into a file: the terminal, and the file's text (nil: no pager started).
    func paging(screenRows: Int?, forced: Bool = false, _ write: (PagerOutput, BufferedOutput) -> Void) async throws -> (
        terminal: BufferedOutput, paged: String?
    ) {
        try await withTemporaryDirectory { folder in
            let terminal = BufferedOutput()
            let paged = PagerOutput(terminal: terminal, pager: "cat > '\(folder)/paged'", screenRows: screenRows, forced: forced)
            write(paged, terminal)
            paged.finish(abandoned: false)
            return (terminal, try? String(contentsOfFile: folder + "/paged", encoding: .utf8))
        }
    }

    @Test("output that fits the screen is printed when the command ends; no pager starts")
    func shortOutput() async throws {
        let (terminal, paged) = try await paging(screenRows: 5) { paged, terminal in
            paged.line("one")
            paged.line("two")
            #expect(terminal.standard == "", "kept until the command ends")
        }
        #expect(terminal.standard == "one\ntwo\n")
        #expect(paged == nil)
    }

    @Test("output longer than the screen goes to the pager, all of it; errors meanwhile come after the pager")
    func longOutput() async throws {
        let lines = (1...50).map { "line \($0)\n" }
        let (terminal, paged) = try await paging(screenRows: 5) { paged, terminal in
            for (index, line) in lines.enumerated() {
                paged.write(line, to: .standard)
                if index == 20 { paged.note("an error") }
            }
            #expect(terminal.error == "", "held while the pager runs")
        }
        #expect(paged == lines.joined())
        #expect(terminal.standard == "")
        #expect(terminal.error == "an error\n")
    }

    @Test("--more pages output that fits")
    func forced() async throws {
        let (terminal, paged) = try await paging(screenRows: 40, forced: true) { paged, _ in paged.line("only") }
        #expect(paged == "only\n")
        #expect(terminal.standard == "")
    }

    @Test("stderr while output is kept prints that output first and ends paging: the streams keep their order")
    func interleaved() async throws {
        try await withTemporaryDirectory { folder in
            let terminal = RecordingOutput()
            let paged = PagerOutput(terminal: terminal, pager: "cat > '\(folder)/paged'", screenRows: 3, forced: false)
            paged.note("Using server 142 from the session context")
            paged.line("first")
            paged.note("progress")
            for index in 1...10 { paged.line("after \(index)") }
            paged.finish(abandoned: false)
            #expect(!FileManager.default.fileExists(atPath: folder + "/paged"))
            let expected = ["2:Using server 142 from the session context\n", "1:first\n", "2:progress\n"]
            #expect(Array(terminal.writes.prefix(3)) == expected)
            #expect(terminal.writes.count == 13)
        }
    }

    @Test("a pager that quits at once (q in less): the rest of the output is dropped, nothing hangs or is printed")
    func pagerQuits() {
        signal(SIGPIPE, SIG_IGN)  // as kamaki's main does: a closed pipe is a failed write
        let terminal = BufferedOutput()
        let paged = PagerOutput(terminal: terminal, pager: "exec 0<&-", screenRows: 2, forced: false)
        // More than a pipe holds: a pager that is gone must not block the command.
        for index in 1...20_000 { paged.line("line \(index)") }
        paged.finish(abandoned: false)
        #expect(terminal.standard == "")
        #expect(terminal.error == "")
    }
}

/// Records each write with its stream, in order.
final class RecordingOutput: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []
    var errorIsTerminal: Bool { false }
    var columns: Int? { 80 }
    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        lock.withLock { recorded.append((stream == .standard ? "1:" : "2:") + text) }
    }
    var writes: [String] { lock.withLock { recorded } }
}
