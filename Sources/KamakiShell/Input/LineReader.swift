/// What reading a line gave.
public enum LineRead: Sendable, Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C at the prompt: the line was discarded.
    case interrupted
    /// End of input (Ctrl-D on an empty line, or end of a script).
    case end
}

/// Where the shell reads lines from: the line editor on a terminal, plain lines otherwise.
protocol LineReader: AnyObject {
    /// Whether prompts and interactive messages are shown.
    var isInteractive: Bool { get }
    /// Reads one line, showing `prompt` when interactive.
    func readLine(prompt: String) -> LineRead
    /// Remembers a line that was run (for Up, Ctrl-R and the history file).
    func remember(_ line: String)
    /// Puts text on the next line to edit, as if typed (the tutorial's pre-filled commands).
    func prefill(_ text: String)
}

extension LineReader {
    func prefill(_ text: String) {}
}
