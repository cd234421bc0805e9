import Foundation
import Testing

/// Keys typed the moment the prompt appears reach the line editor. libedit draws its prompt
/// before it puts the terminal in its own mode; a Ctrl-D typed in that gap was taken by the
/// terminal (as end-of-file in cooked mode, read back as NUL) and the shell did not quit.
@Suite(.serialized) struct ShellTypeaheadTests {
    @Test func ctrlDTypedTheMomentThePromptAppearsQuits() throws {
        let home = NSTemporaryDirectory() + "kamaki-typeahead-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = [
            "HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache", "PATH": "/usr/bin:/bin",
            "TERM": "xterm",
        ]
        for attempt in 1...10 {
            let terminal = try PseudoTerminal(BinaryRun.product("kamaki"), environment: environment)
            // The prompt's end: its cloud is coloured (`[ESC[36mlocal ESC[0m]: `) on this terminal.
            try #require(terminal.read(until: "]: "), "attempt \(attempt): no prompt; saw \(terminal.text)")
            terminal.write([0x04])
            let status = terminal.waitForExit()
            #expect(status == 0, "attempt \(attempt): the shell did not quit on Ctrl-D; saw \(terminal.text.debugDescription)")
            if status != 0 { break }
        }
    }
}
