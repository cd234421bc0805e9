import Foundation

extension ShellTmux {
    /// The whole pane as ``screen()`` reads it, with its colours and attributes as escape sequences
    /// (`capture-pane -e`: tmux writes them as it keeps them, not as the program sent them).
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-J", "-S", "-10000", "-t", "main"])
    }

    /// The column of the pane's cursor (0 is the first).
    func cursorColumn() throws -> Int? {
        Int(try tmux(["display-message", "-p", "-t", "main", "#{cursor_x}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
