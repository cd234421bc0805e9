import Foundation
import KamakiCommands

/// `kamaki shell -h` and `kamaki tutorial -h`: the shell's own entry points are not in the
/// command registry (`ShellMain` handles them), so their help is written here; and how a script
/// file is picked out of `kamaki shell`'s words.
enum ShellUsage {
    /// The help to show when `arguments` ask for it (`-h` or `--help` before any `--`), else nil.
    static func requested(_ arguments: [String], tutorial: Bool) -> String? {
        let words = arguments.prefix { $0 != "--" }
        guard words.contains("-h") || words.contains("--help") else { return nil }
        return tutorial ? tutorialHelp : shellHelp
    }

    /// Removes and returns the script file named among `arguments`: the first word that is
    /// neither an option nor an option's value; nil when there is none.
    static func scriptPath(in arguments: inout [String]) -> String? {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" {
                arguments.remove(at: index)
                return index < arguments.count ? arguments.remove(at: index) : nil
            }
            if !word.hasPrefix("-") || word == "-" { return arguments.remove(at: index) }
            index += CommandRunner.optionsTakingValues.contains(word) ? 2 : 1
        }
        return nil
    }

    static let shellHelp = """
        OVERVIEW: kamaki's interactive shell, and scripts with its meaning.

        USAGE: kamaki shell [--keep-going] [<file>] [global options]

          On a terminal, opens the shell (so does kamaki with no arguments): help or ?
          lists commands, Tab completes, tutorial walks you through the tutorials.
          With <file>, or with standard input not a terminal, runs the lines as a script,
          with the meaning they have in the shell (contexts, use, bare verbs) and no
          prompt. A failing line is named on standard error:
            line 3: network info 99: (404) No network with id 99 found

        ARGUMENTS:
          <file>          A script to run instead of standard input.

        OPTIONS:
          --keep-going    Run every line of a script, even after one fails.
          -h, --help      Show this help.
          Global options (-v, -d, -c, -o, --cloud, -k, --ca-certs) apply to every line.

        EXIT STATUS:
          The interactive shell: 0. A script: the status of its first failing line
          (with --keep-going, of its last failing line), else 0; 2 when it ends inside a
          quoted word, 1 when <file> cannot be read, 130 when interrupted.
          \(ExitStatus.documentation)

        See also: man kamaki-shell, kamaki tutorial -h.

        """

    static var tutorialHelp: String {
        let tutorials = Tutorial.available.map { name in
            "  \(name.padding(toLength: 12, withPad: " ", startingAt: 0))  \((try? Tutorial.load(name))?.title ?? "")"
        }
        return """
            OVERVIEW: Walk a guided tutorial in kamaki's shell.

            USAGE: kamaki tutorial [<name>] [global options]

              Opens the shell and starts the tutorial (network when no name is given), or
              resumes it where it was left. Each step explains itself and puts its command on
              the edit line: press Enter to run it. In the shell: tutorial lists them;
              next, back and skip move; tutorial stop leaves (progress is kept); tutorial
              reset restores the embedded local cloud's starting world (after a y/N question)
              and starts over (on another cloud: starts over, and lists what the steps
              made). On another cloud it asks first; on an OpenStack cloud the
              network tutorial walks its OpenStack steps, with that project's servers and
              external network, and says where OpenStack differs.

            TUTORIALS:
            \(tutorials.joined(separator: "\n"))

            OPTIONS:
              -h, --help      Show this help.
              Global options (-v, -d, -c, -o, --cloud, -k, --ca-certs) as with every command.

            See also: kamaki shell -h, man kamaki-shell.

            """
    }
}
