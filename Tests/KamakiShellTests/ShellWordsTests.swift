import Testing

@testable import KamakiShell

@Suite("Tokenizer")
struct ShellWordsTests {
    @Test("blanks separate words; runs of blanks count once")
    func blanks() throws {
        #expect(try ShellWords.split("  network   list\t-l ") == ["network", "list", "-l"])
        #expect(try ShellWords.split("") == [])
        #expect(try ShellWords.split("   ") == [])
    }

    @Test("single quotes inside a word: --name='My Private Net'")
    func singleQuotes() throws {
        #expect(try ShellWords.split("network create --name='My Private Net'") == ["network", "create", "--name=My Private Net"])
        #expect(try ShellWords.split("echo 'a \"b\" \\c'") == ["echo", "a \"b\" \\c"])
        #expect(try ShellWords.split("''") == [""])
    }

    @Test("double quotes: backslash escapes quote, backslash, dollar, backquote only")
    func doubleQuotes() throws {
        #expect(try ShellWords.split(#"--name="My \"big\" net""#) == [#"--name=My "big" net"#])
        #expect(try ShellWords.split(#""a\b" "c\\d""#) == [#"a\b"#, #"c\d"#])
        #expect(try ShellWords.split(#""Δίκτυο 日本""#) == ["Δίκτυο 日本"])
    }

    @Test("backslash outside quotes escapes any character")
    func backslash() throws {
        #expect(try ShellWords.split(##"My\ Net a\'b \#x"##) == ["My Net", "a'b", "#x"])
    }

    @Test("a # that starts a word starts a comment; inside a word it is text")
    func comments() throws {
        #expect(try ShellWords.split("network list # all of them") == ["network", "list"])
        #expect(try ShellWords.split("# only a comment") == [])
        #expect(try ShellWords.split("a#b") == ["a#b"])
    }

    @Test("unterminated quotes and a trailing backslash are errors and ask for a continuation")
    func unterminated() {
        #expect(throws: ShellWordsError.unterminatedQuote("'")) { try ShellWords.split("network create --name='My") }
        #expect(throws: ShellWordsError.unterminatedQuote("\"")) { try ShellWords.split("x \"y") }
        #expect(throws: ShellWordsError.danglingEscape) { try ShellWords.split("network list \\") }
        #expect(ShellWords.scan("a 'b").needsContinuation)
        #expect(ShellWords.scan("a \\").needsContinuation)
        #expect(!ShellWords.scan("a 'b'").needsContinuation)
        #expect("\(ShellWordsError.unterminatedQuote("'"))" == "unterminated ' quote")
    }

    @Test("a continued line joins: newline kept inside quotes, dropped after a backslash")
    func continuation() throws {
        #expect(try ShellWords.split("--name='a\nb'") == ["--name=a\nb"])
        #expect(try ShellWords.split("network \\\nlist") == ["network", "list"])
        #expect(try ShellWords.split("net\\\nwork") == ["network"])
    }

    @Test("the word under the cursor: its text, raw start and quote state")
    func wordUnderCursor() {
        var scanned = ShellWords.scan("ip att")
        #expect(scanned.endsInWord)
        #expect(scanned.words.last?.text == "att")
        #expect(scanned.words.last?.rawStart == 3)
        #expect(scanned.rawLength == 6)

        scanned = ShellWords.scan("ip attach ")
        #expect(!scanned.endsInWord)
        #expect(scanned.texts == ["ip", "attach"])

        scanned = ShellWords.scan("network create --name='My Pr")
        #expect(scanned.endsInWord)
        #expect(scanned.openQuote == "'")
        #expect(scanned.words.last?.text == "--name=My Pr")
        #expect(scanned.words.last?.rawStart == 15)

        scanned = ShellWords.scan("use network Δί")
        #expect(scanned.words.last?.rawStart == 12)
        #expect(scanned.rawLength == 14)
        #expect(scanned.words.last?.offsets == [12, 13])
    }
}
