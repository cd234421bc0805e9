import Foundation
import KamakiAPI
import KamakiCommands

/// A script line's output: everything passes through, and why the line failed (an error block,
/// ``OutputSink/failure(_:)``) is labelled with the line, `line 3: network info 99: (404) …`.
final class ScriptLineOutput: ForwardingSink {
    let base: any OutputSink
    let label: String

    init(base: any OutputSink, label: String) {
        self.base = base
        self.label = label
    }

    func failure(_ block: String) { base.failure(label + block) }
}

extension Shell {
    /// Where a line's failure is said: labelled with the line in a script.
    var failures: any OutputSink {
        scriptLine.map { ScriptLineOutput(base: output, label: $0) } ?? output
    }

    /// Says why a line failed on the error stream (labelled with the line in a script).
    func reportFailure(_ message: String) {
        failures.failure(errorColour ? Colour.header(of: message + "\n") : message + "\n")
    }

    /// `line 3: network info 99: `: the line's number in the script (of its first line, when a
    /// quoted word continues it) and its text, control characters and line breaks escaped, and
    /// secrets masked as in the history (`config set cloud.default.token ...`).
    func scriptLabel(_ line: String, action: ShellAction, number: Int, config: () -> ConfigFile?) -> String {
        let words: [String]? = if case .run(let resolved) = action { resolved } else { try? ShellWords.split(line) }
        let text = words.flatMap { runner.maskedForHistory($0, config: config()) } ?? line.trimmingCharacters(in: .whitespaces)
        return "line \(number): \(TerminalText.escaped(text)): "
    }
}
