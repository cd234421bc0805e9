import KamakiAPI
import Testing

/// The one escaping of server text for the terminal, and the one id syntax.
@Suite struct TerminalTextTests {
    @Test func controlCharactersAreWrittenVisibly() {
        #expect(TerminalText.escaped("plain name, ünïcode ✓") == "plain name, ünïcode ✓")
        #expect(TerminalText.escaped("a\u{1b}[2Jb\u{07}c\rd\te\nf\u{7f}") == #"a\x1b[2Jb\x07c\rd\te\nf\x7f"#)
        // C1 controls (U+009B is a one-character CSI), bidi overrides and zero-width marks.
        #expect(TerminalText.escaped("x\u{9b}31m") == #"x\x9b31m"#)
        #expect(TerminalText.escaped("evil\u{202e}txt.exe\u{200b}") == #"evil\u{202e}txt.exe\u{200b}"#)
        #expect(TerminalText.escapedLines("one\u{1b}]0;t\u{07}\ntwo\r") == "one\\x1b]0;t\\x07\ntwo\\r")
        #expect(TerminalText.containsControl("a\u{85}") && !TerminalText.containsControl("a b"))
    }

    @Test func wellFormedIDs() {
        for id in ["1", "141", "b2f7c7a0-5c1e-4a53-9b1c-0d4f7e2e1a11", "ami-0abc", "net_1.2", String(repeating: "7", count: 128)] {
            #expect(ResourceID.isWellFormed(id), "\(id)")
        }
        for id in [
            "", "-rf", "..", ".hidden", "_x", "a b", "a/b", "$(id)", "`id`", "a;b", "*", "1\n2", "\u{1b}[2J", "ï",
            String(repeating: "7", count: 129),
        ] {
            #expect(!ResourceID.isWellFormed(id), "\(id.debugDescription)")
        }
    }
}
