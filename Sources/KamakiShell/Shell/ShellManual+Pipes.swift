import KamakiCommands

extension ShellManual {
    /// The manual's section on pipes, redirection and the pager (``ShellPipe``, ``Paging``).
    static let pipesAndPager = ManualPage.Section(
        "Pipes and the pager",
        [
            .text(
                """
                A command's output can go on to the system shell: server list | grep 141, port list | wc -l, \
                network list -l > nets.txt. The command runs in kamaki itself; the rest of the line, from the first | or >, \
                goes to /bin/sh -c as written, reading the command's output. Quotes work as in a POSIX shell: a | or > inside \
                quotes or after a backslash is text. > never overwrites an existing file (the shell's noclobber; >| does, >> \
                appends). The command's errors stay on the terminal unless redirected before the first | (2> FILE, 2>&1). \
                The status is the last program's after a |, else the command's (or the shell's, when a redirection fails). \
                Ctrl-C stops the command and the programs. ||, a leading or trailing |, and < are usage errors.

                On a terminal, output longer than the screen (LINES, else the terminal's height) goes through a pager: \
                KAMAKI_PAGER, else the pager config option, else PAGER, else less -FRX; KAMAKI_PAGER= (empty), \
                kamaki config set pager off, or a pager of cat turn it off. --more pages a list whatever its length, also \
                one-shot (kamaki network list --more) when its output is a terminal; one-shot output is not paged otherwise. \
                Errors written while the pager runs are shown when it quits.
                """)
        ])
}
