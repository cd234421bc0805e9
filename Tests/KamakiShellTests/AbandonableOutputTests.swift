import KamakiCommands
import Testing

@testable import KamakiShell

/// A command abandoned after Ctrl-C writes nothing more (issue 16, item 4).
@Suite("AbandonableOutput")
struct AbandonableOutputTests {
    @Test("writes pass until the command is abandoned, none after")
    func cutOff() {
        let terminal = BufferedOutput(errorIsTerminal: true, columns: 77)
        let output = AbandonableOutput(terminal)
        output.line("listed")
        output.note("a note")
        #expect(output.errorIsTerminal && output.columns == 77)
        output.abandon()
        output.note("Error: (timeout) the request took too long")
        output.line("late result")
        #expect(terminal.standard == "listed\n")
        #expect(terminal.error == "a note\n")
        #expect(output.standardFailure() == nil)
    }
}
