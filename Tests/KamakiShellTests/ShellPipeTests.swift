import KamakiCommands
import Testing

@testable import KamakiShell

/// Pipes and redirections of a shell line (``ShellPipe``): where kamaki's command ends, what
/// `/bin/sh` gets, where the command's errors go, and the lines that are usage errors.
@Suite("Pipe parser")
struct ShellPipeTests {
    struct Case: Sendable, CustomStringConvertible {
        let line: String
        let command: String
        let rest: String
        let errors: ShellPipe.Errors
        let pipes: Bool
        var description: String { line }
    }

    static let cases: [Case] = [
        Case(line: "server list | grep 141", command: "server list ", rest: "| grep 141", errors: .terminal, pipes: true),
        Case(line: "port list|wc -l", command: "port list", rest: "|wc -l", errors: .terminal, pipes: true),
        Case(line: "network list -l > nets.txt", command: "network list -l ", rest: "> nets.txt", errors: .terminal, pipes: false),
        Case(line: "network list >>all.txt", command: "network list ", rest: ">>all.txt", errors: .terminal, pipes: false),
        Case(line: "network list >| nets.txt", command: "network list ", rest: ">| nets.txt", errors: .terminal, pipes: false),
        // 2>&1 after the output's redirection: the errors go with the output, in order.
        Case(line: "network list > all.txt 2>&1", command: "network list ", rest: "> all.txt 2>&1", errors: .merged, pipes: false),
        Case(line: "port wait 11 2>&1 | tee log", command: "port wait 11 ", rest: "2>&1 | tee log", errors: .merged, pipes: true),
        // Anything else of descriptor 2 is the shell's to apply.
        Case(line: "network info 9 2> err.txt", command: "network info 9 ", rest: "2> err.txt", errors: .shell, pipes: false),
        Case(line: "network list 2>&1 > out.txt", command: "network list ", rest: "2>&1 > out.txt", errors: .shell, pipes: false),
        Case(line: "network list 2>/dev/null | wc -l", command: "network list ", rest: "2>/dev/null | wc -l", errors: .shell, pipes: true),
        // After the first |, descriptor 2 is the shell's commands': kamaki's errors stay on the terminal.
        Case(line: "server list | grep x 2>&1", command: "server list ", rest: "| grep x 2>&1", errors: .terminal, pipes: true),
        // As dash reads it, only one digit is a descriptor: 141 is the command's word.
        Case(line: "server info 141>s.txt", command: "server info 141", rest: ">s.txt", errors: .terminal, pipes: false),
        // `||` and `<` after the first | are the shell's.
        Case(
            line: "server list | grep x || echo none", command: "server list ", rest: "| grep x || echo none", errors: .terminal,
            pipes: true),
        Case(line: "server list | diff - <(true)", command: "server list ", rest: "| diff - <(true)", errors: .terminal, pipes: true),
        // Quotes and escapes: the operators in them are text; the rest goes to sh as typed.
        Case(
            line: "network create --name='a|b' | cat", command: "network create --name='a|b' ", rest: "| cat", errors: .terminal,
            pipes: true),
        Case(line: "server list | grep 'Server 1'", command: "server list ", rest: "| grep 'Server 1'", errors: .terminal, pipes: true),
        Case(line: "network list \"--name=x>y\" >o", command: "network list \"--name=x>y\" ", rest: ">o", errors: .terminal, pipes: false),
        Case(line: "network list --name=x\\>y >o", command: "network list --name=x\\>y ", rest: ">o", errors: .terminal, pipes: false),
        Case(line: "ip list \\2>o", command: "ip list \\2", rest: ">o", errors: .terminal, pipes: false),
        Case(line: "Δίκτυο 日本 | cat", command: "Δίκτυο 日本 ", rest: "| cat", errors: .terminal, pipes: true),
    ]

    @Test("where kamaki's command ends, what /bin/sh gets, where errors go", arguments: cases)
    func parses(_ expected: Case) throws {
        let pipe = try #require(try ShellPipe.parse(expected.line))
        #expect(pipe.command == expected.command)
        #expect(pipe.rest == expected.rest)
        #expect(pipe.errors == expected.errors)
        #expect(pipe.pipes == expected.pipes)
    }

    @Test(
        "lines without an operator outside quotes have no pipe",
        arguments: [
            "server list", "network create --name='a | b'", "network create --name=\"x > y\"", "network create --name=a\\|b",
            "network list # | grep x", "network create --name='open | quote", "a&b", "",
        ])
    func noPipe(_ line: String) throws {
        #expect(try ShellPipe.parse(line) == nil)
    }

    @Test(
        "a pipe or redirection with nothing on one side, ||, and input redirections are usage errors",
        arguments: [
            ("| grep x", ShellPipeError.noCommand("|")),
            ("  > nets.txt", .noCommand(">")),
            ("2>&1 | cat", .noCommand(">&")),
            ("server list |", .emptyPipe),
            ("server list |  ", .emptyPipe),
            ("server list | # nothing", .emptyPipe),
            ("server list | grep x |", .emptyPipe),
            ("server list | | wc", .emptyPipe),
            ("server list || echo failed", .orList),
            ("server list > x || echo failed", .orList),
            ("server list < ids.txt", .input("<")),
            ("server list <<EOF", .input("<<")),
            ("network list >", .missingTarget(">")),
            ("network list >> ", .missingTarget(">>")),
            ("network list 2>&", .missingTarget(">&")),
            ("network list > | wc", .missingTarget(">")),
        ])
    func usageErrors(_ line: String, _ error: ShellPipeError) {
        #expect(throws: error) { try ShellPipe.parse(line) }
        #expect(!error.description.isEmpty)
    }

    @Test("the script: sh reads the command's output; > never overwrites (set -C); errors on 3 for the shell's 2>")
    func script() throws {
        #expect(try ShellPipe.parse("server list | grep 141")?.script == "set -C; cat | grep 141")
        #expect(try ShellPipe.parse("network list > nets.txt")?.script == "set -C; cat > nets.txt")
        #expect(
            try ShellPipe.parse("network info 9 2> err.txt")?.script == "set -C; { cat <&3 >&2 3<&- & cat 3<&-; wait; } 2> err.txt")
    }

    @Test(
        "the files a plain > writes, when sh would not expand them; >| and >> are not among them",
        arguments: [
            ("network list > nets.txt", ["nets.txt"]),
            ("network list > 'my nets.txt' 2> err.txt", ["my nets.txt", "err.txt"]),
            ("network list | grep x > out.txt", ["out.txt"]),
            ("network list >| nets.txt", []),
            ("network list >> nets.txt", []),
            ("network list 2>&1 | cat", []),
            ("network list > $HOME/nets.txt", []),
            ("network list > ~/nets.txt", []),
            ("network list > *.txt", []),
        ])
    func overwrites(_ line: String, _ files: [String]) throws {
        let pipe = try #require(try ShellPipe.parse(line))
        #expect(pipe.overwrites == files)
        #expect(pipe.refusal { $0 == files.last } == files.last.map(ShellPipeError.wouldOverwrite))
        #expect(pipe.refusal { _ in false } == nil)
    }

    @Test("the operator scan: operators end words; descriptors; pairs")
    func operatorScan() {
        let scanned = ShellWords.scan("a 2>&1|b>>c", operators: true)
        #expect(scanned.texts == ["a", "1", "b", "c"])
        #expect(scanned.operators.map(\.text) == [">&", "|", ">>"])
        #expect(scanned.operators.map(\.descriptor) == [2, nil, nil])
        #expect(scanned.operators.map(\.rawStart) == [2, 6, 8])
        #expect(scanned.operators.map(\.wordsBefore) == [1, 2, 3])
        // Without operators (completion, continuation), they are word characters as before.
        #expect(ShellWords.scan("a 2>&1|b>>c").texts == ["a", "2>&1|b>>c"])
        #expect(ShellWords.scan("a 2>&1|b>>c").operators.isEmpty)
    }

    @Test("the resolver: a piped command resolves as its own line (bare verbs, /cmd, help); other lines are errors")
    func resolves() throws {
        let resolver = LineResolver(catalog: .shared)
        let pipe = try #require(try ShellPipe.parse("detach 9 --wait | cat"))
        #expect(resolver.resolve(line: "detach 9 --wait | cat", group: "ip") == .pipe(.run(["ip", "detach", "9", "--wait"]), pipe))
        #expect(
            resolver.resolve(line: "/server list >x", group: "ip")
                == .pipe(.run(["server", "list"]), try #require(try ShellPipe.parse("/server list >x"))))
        #expect(
            resolver.resolve(line: "kamaki server list | wc -l", group: nil)
                == .pipe(.run(["server", "list"]), try #require(try ShellPipe.parse("kamaki server list | wc -l"))))
        #expect(resolver.resolve(line: "help | less", group: nil) == .pipe(.help([]), try #require(try ShellPipe.parse("help | less"))))
        // `!` and `shell` lines go to sh whole, as before.
        #expect(resolver.resolve(line: "!ls | wc -l", group: nil) == .system("ls | wc -l"))
        #expect(resolver.resolve(line: "shell ls > x", group: nil) == .system("ls > x"))
        #expect(resolver.resolve(line: "ip | cat", group: nil) == .error("ip: only a command's output can go to | or >"))
        #expect(resolver.resolve(line: "use server 1 > x", group: nil) == .error("use: only a command's output can go to | or >"))
        #expect(resolver.resolve(line: "server list ||x", group: nil) == .error(ShellPipeError.orList.description))
        #expect(resolver.resolve(line: "netwrk list | cat", group: nil) == resolver.resolve(line: "netwrk list", group: nil))
        // A history entry of a piped line typed in a group runs the same command when recalled anywhere.
        let action = resolver.resolve(line: "detach 9 | cat", group: "ip")
        #expect(ShellHistory.absolute("detach 9 | cat", action: action) == "/ip detach 9 | cat")
    }
}
