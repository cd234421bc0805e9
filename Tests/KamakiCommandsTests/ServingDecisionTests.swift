import Testing

@testable import KamakiCommands

/// Which words a command server leaves to the client's own process (the local cloud's `serve` and
/// `reset`): decided on the command the words name, found by name when they are names up to it, else
/// by the parser, with the same answer either way.
@Suite struct ServingDecisionTests {
    @Test(
        arguments: [
            (["port", "list", "-l"], nil), (["port", "list", "-n", "20"], nil), (["network", "list"], nil), (["local", "serve"], "local"),
            (["local", "reset", "--yes"], "local"), (["local", "reset", "--no-such-option"], "local"), (["-v", "local", "serve"], "local"),
            (["--cloud", "local", "network", "list"], nil), (["port"], nil), (["nosuch", "list"], nil), ([], nil),
            (["---completion", "local", "serve"], nil), (["image", "compute", "list"], nil),
        ] as [([String], String?)])
    func decision(words: [String], reason: String?) {
        #expect(CommandRunner.reasonToRunInOwnProcess(words) == reason, "\(words)")
    }

    @Test func commandNamesUpToTheLeafAreFoundWithoutTheParser() {
        #expect(CommandRunner.leafCommand(named: ["port", "list", "-l", "--name", "x"]) == PortList.self)
        #expect(CommandRunner.leafCommand(named: ["local", "serve"]).map { $0.runsInItsOwnProcess } == true)
        // An option before the leaf, a group alone, or an unknown word: the parser decides.
        for words in [["--cloud", "local", "network", "list"], ["-v", "port", "list"], ["port"], ["port", "nosuch"], ["help", "port"]] {
            #expect(CommandRunner.leafCommand(named: words) == nil, "\(words)")
        }
    }
}
