import Foundation
import KamakiCommands

/// The shell's own history file and what goes into it.
enum ShellHistory {
    /// `$XDG_STATE_HOME/kamaki/shell_history` (default `~/.local/state/kamaki/shell_history`);
    /// the folder is created (0700) when missing.
    static func path(environment: RunEnvironment) -> String {
        let directory = environment.stateDirectory
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return directory + "/shell_history"
    }

    /// A command typed in a group (or a bare verb) as it is remembered, so that recalling it in
    /// another group or after a restart runs the same command: `create --network-id=1` typed in
    /// `ip` is remembered as `/ip create --network-id=1`.
    static func absolute(_ entry: String, action: ShellAction) -> String {
        if case .pipe(let command, _) = action { return absolute(entry, action: command) }
        guard case .run(let words) = action, let group = words.first,
            let typed = try? ShellWords.split(entry), let first = typed.first(where: { $0 != "$" }),
            first != group, first != "kamaki", !first.hasPrefix("/")
        else { return entry }
        return "/\(group) \(entry)"
    }

    /// The text to remember for a typed line, or nil: blank lines and lines starting with a
    /// space are not remembered; a command with secrets is remembered masked, judged on the words
    /// it resolved to (`set cloud.x.token T` typed in `config` is `config set cloud.x.token ...`).
    static func entry(for line: String, action: ShellAction, mask: ([String]) -> String?) -> String? {
        guard let first = line.first, first != " ", first != "\t", !line.trimmingSpaces.isEmpty else { return nil }
        // One masking (it reads the config) per line: the resolved command, else the typed words.
        let words: [String]? = if case .run(let resolved) = action { resolved } else { try? ShellWords.split(line) }
        if let words, let masked = mask(words) { return masked }
        return absolute(line, action: action)
    }
}
