/// The shell's own commands, as completion lists them and `help` describes them.
public enum ShellBuiltin {
    /// Name and one-line description of each built-in.
    public static let all: [(name: String, help: String)] = [
        ("help", "List commands; help GROUP or help VERB describes one (also ?, ?VERB)"),
        ("use", "Select a network or server for the session, or switch its cloud: use network ID, use server ID, use cloud NAME"),
        ("unuse", "Clear the selected network or server (or both)"),
        ("context", "Show the session context: cloud, group, selections"),
        ("exit", "Leave the group context; at the top, quit (also .. and Ctrl-D)"),
        ("..", "Leave the group context; at the top, quit"),
        ("quit", "Quit the shell from any group (also \\q and /exit)"),
        ("clear", "Clear the screen"),
        ("shell", "Run a command in the system shell: shell CMD (also !CMD)"),
        ("tutorial", "Guided tutorials: tutorial lists them, tutorial network walks one; next, back, skip, tutorial stop|reset"),
    ]

    /// Lines for `help`: the forms that are not words.
    public static let forms: [(form: String, help: String)] = [
        ("/CMD", "Run CMD from the top context (/exit quits the shell)"),
        ("!CMD", "Run CMD in the system shell"),
        ("CMD | PROGRAM", "Send CMD's output on to a /bin/sh command line: server list | grep 141 (the status is the last program's)"),
        ("CMD > FILE", "Write CMD's output to FILE: >> appends, > never overwrites (>| does); 2> FILE, 2>&1 for its errors"),
        ("VERB -h", "The full help of a command"),
    ]

    /// The keys of the line editor, for the manual page.
    public static let keys: [(key: String, help: String)] = [
        ("Tab", "Complete groups, verbs, flags (with their help), flag values, and live ids shown with their names, addresses and status"),
        ("Up, Down", "Walk the history"),
        ("Ctrl-R", "Search the history backwards"),
        ("Page Up, Page Down", "Walk the history lines that start with the text before the cursor (nothing else replaces the line)"),
        ("Alt-.", "Insert the last word of the previous line; pressed again, of the line before it"),
        ("Home, End, Delete", "Move to the start or end of the line, delete the character under the cursor"),
        ("Ctrl-C", "At the prompt, clear the line; during a command (a --wait too), cancel it and return to the prompt"),
        ("Ctrl-D", "On an empty line, leave the group context; at the top, quit"),
        ("Ctrl-U", "Clear the line (in a tutorial, to type next, back, skip or tutorial stop)"),
    ]

    public static func isBuiltin(_ word: String) -> Bool {
        all.contains { $0.name == word }
    }
}
