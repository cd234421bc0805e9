import Foundation
import KamakiCommands
import Testing

@testable import KamakiShell

/// The shell's colour (issue 16 item 14): the prompt's cloud and context, its own error lines, and
/// the markers that keep libedit's columns right. The terminal itself is tested end to end
/// (ShellColourTmuxTests).
@Suite("Shell colour")
struct ShellColourTests {
    static let cyan = "\u{1B}[36m", magenta = "\u{1B}[35m", boldRed = "\u{1B}[31;1m", reset = "\u{1B}[0m"

    func makeShell(variables: [String: String] = [:], colours: Bool) -> (Shell, BufferedOutput) {
        let home = NSTemporaryDirectory() + "kamaki-shell-colour-\(UUID().uuidString)"
        let runner = CommandRunner(
            environment: RunEnvironment(variables: variables.merging(["HOME": home]) { $1 }, homeDirectory: home))
        let output = BufferedOutput(colours: colours, errorColours: colours)
        return (Shell(runner: runner, output: output, connection: nil), output)
    }

    @Test func promptInColour() {
        let context = ShellContext(cloud: "local")
        #expect(context.prompt(coloured: true) == "[\(Self.cyan)local\(Self.reset)]: ")
        context.group = "ip"
        context.session.network = "2"
        #expect(context.prompt(coloured: true) == "[\(Self.cyan)local\(Self.reset) \(Self.magenta)ip network:2\(Self.reset)]: ")
        #expect(context.prompt(coloured: false) == "[local ip network:2]: ")
        #expect(context.prompt == "[local ip network:2]: ")
    }

    /// A cloud name with control characters (a hand-edited config) is escaped before it is coloured.
    @Test func hostileCloudNameInThePrompt() {
        let context = ShellContext(cloud: "a\u{1B}]0;owned\u{07}b")
        for coloured in [true, false] {
            let prompt = context.prompt(coloured: coloured)
            #expect(!prompt.contains("\u{07}"))
            #expect(!prompt.replacingOccurrences(of: Self.cyan, with: "").replacingOccurrences(of: Self.reset, with: "").contains("\u{1B}"))
        }
    }

    @Test func theShellDecides() {
        #expect(makeShell(colours: true).0.promptColour)
        #expect(makeShell(colours: true).0.errorColour)
        #expect(!makeShell(colours: false).0.promptColour)
        #expect(!makeShell(variables: ["NO_COLOR": "1"], colours: true).0.promptColour)
        #expect(!makeShell(variables: ["TERM": "dumb"], colours: true).0.errorColour)
    }

    /// A line that does not resolve says so with its first line coloured, on a terminal only.
    @Test func shellErrorsInColour() {
        let (shell, output) = makeShell(colours: true)
        #expect(shell.execute("netwrk list") == .next(ExitStatus.usage))
        #expect(output.error.hasPrefix(Self.boldRed), "\(output.error)")
        let (plainShell, plain) = makeShell(variables: ["NO_COLOR": "x"], colours: true)
        #expect(plainShell.execute("netwrk list") == .next(ExitStatus.usage))
        #expect(!plain.error.isEmpty)
        #expect(!plain.error.contains("\u{1B}"))
    }

    /// Escape sequences go between libedit's invisible markers; other text is left as it is.
    @Test func promptMarkers() {
        let mark = "\u{1}"
        #expect(LineEditor.marked("[kamaki]: ") == "[kamaki]: ")
        #expect(
            LineEditor.marked("[\(Self.cyan)local\(Self.reset)]: ")
                == "[\(mark)\(Self.cyan)\(mark)local\(mark)\(Self.reset)\(mark)]: ")
        #expect(LineEditor.marked("\(Self.boldRed)é\(Self.reset)") == "\(mark)\(Self.boldRed)\(mark)é\(mark)\(Self.reset)\(mark)")
        #expect(LineEditor.marked("x\u{1B}[3") == "x\(mark)\u{1B}[3\(mark)")
    }
}
