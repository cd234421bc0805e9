import Foundation
import KamakiTestSupport
import Testing

/// The kamaki shell in a real terminal (tmux) against a cloud whose names and faults carry
/// terminal sequences (an OSC that sets the window title, a clear-screen): list output, Tab's
/// candidate list and error messages show them escaped, and the terminal's title is untouched.
@Suite(.serialized, .temporaryDirectoriesPerTest) struct HostileShellTests {
    @Test func theShellShowsACloudsControlSequencesEscaped() throws {
        let place = try HostileCompletionTests.Place()
        let server = try HostileCompletionTests.hostileCloud(place)
        defer { server.stop() }
        let one = try BinaryRun.run(BinaryRun.product("kamaki"), ["network", "info", "999"], environment: place.environment)
        #expect(one.status == 1)
        #expect(one.err.contains(#"NOT FOUND itemNotFound (gone\x1b]0;pwned\x07)"#), "\(one.err.debugDescription)")
        #expect(!one.err.contains("\u{1b}"), "\(one.err.debugDescription)")

        let shell = try ShellTmux(home: place.home)
        try shell.waitForPrompt()
        let list = try shell.run("network list")
        #expect(list.contains(#"\x1b]0;pwned\x07named"#), "\(list)")
        try shell.type("network info ")
        try shell.press("Tab")
        // The uuid shows twice: in the list output, then among the candidates.
        let uuid = HostileCompletionTests.uuid
        let listed = try shell.waitFor("the candidates") { $0.hasSuffix("network info") && $0.components(separatedBy: uuid).count >= 3 }
        let candidate = listed.split(separator: "\n").last { $0.contains(uuid) } ?? ""
        #expect(candidate.contains(#"\x1b]0;pwned\x07named  private"#), "\(listed)")
        try shell.press("C-u")
        let error = try shell.run("network info 999")
        #expect(error.contains(#"NOT FOUND itemNotFound (gone\x1b]0;pwned\x07)"#), "\(error)")
        let title = try shell.tmux(["display-message", "-p", "-t", "main", "#{pane_title}"])
        #expect(!title.contains("pwned"), "the terminal's title was set: \(title)")
        shell.removeHome()
    }
}
