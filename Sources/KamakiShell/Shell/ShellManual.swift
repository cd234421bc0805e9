import KamakiCommands

/// `kamaki-shell(1)`: the interactive shell, generated from the command registry (groups, and
/// which verbs run bare) and the shell's own (``ShellBuiltin``: its commands, forms and keys).
public enum ShellManual {
    public static func page(catalog: CommandCatalog = .shared) -> ManualPage {
        typealias Section = ManualPage.Section
        let groups = catalog.groups.map(\.name)
        return ManualPage(
            name: "kamaki-shell", summary: "the interactive shell of kamaki",
            sections: [
                Section(
                    "Synopsis",
                    [
                        .literal([
                            "kamaki [global options]", "kamaki shell [--keep-going] [FILE] [global options]", "kamaki tutorial [NAME]",
                        ])
                    ]),
                Section(
                    "Description",
                    [
                        .text(
                            """
                            kamaki with no command, on a terminal, opens the shell: a line editor whose prompt shows the cloud, \
                            the group context and the session's selections. A line is a kamaki command without the leading \
                            kamaki (network list), and the tutorial's lines work as written (kamaki network list, $ kamaki network list).

                            With standard input not a terminal, kamaki runs the lines it reads as a script with the same meaning \
                            (contexts, use, bare verbs), without a prompt, and stops at the first failing line with its exit status; \
                            --keep-going runs every line. kamaki shell FILE runs the lines of FILE the same way. The error of a failing \
                            line names it: line 3: info 99: (404) No network with id 99 found.
                            """)
                    ]),
                Section(
                    "Contexts",
                    [
                        .text(
                            """
                            A group name alone enters its context (the prompt changes); its verbs then run without the group \
                            (ip, then attach 9 --server-id=141). exit, .. or Ctrl-D leave it; at the top they end the shell. \
                            /CMD runs a line from the top, whatever the context. The groups: \(groups.joined(separator: ", ")).
                            """)
                    ]),
                Section(
                    "Shell commands",
                    ShellBuiltin.all.map { ManualPage.Block.item($0.name, $0.help) }
                        + ShellBuiltin.forms.map { ManualPage.Block.item($0.form, $0.help) }),
                Section(
                    "Session context",
                    [
                        .text(
                            """
                            use network ID and use server ID (or a name: use network 'My Private Net') select \
                            what verbs use when given no id; they say so on standard error. context shows the selections, unuse \
                            [network|server] clears them. An id the shell does not know is refused. Commands take names where ids \
                            go too (network info 'My Private Net', ip info 192.168.3.5): see kamaki(1).
                            """),
                        .text(
                            """
                            The prompt names the cloud commands use: the config's default (or the shell's --cloud), read again \
                            whenever the config file changes, by config set in the shell or an edit elsewhere; use cloud NAME \
                            switches to another configured cloud (local is the embedded one). When the cloud changes, the \
                            selections are cleared: they belong to the other cloud.
                            """),
                    ]),
                Section(
                    "Bare verbs",
                    [
                        ManualPage.Block.text(
                            "A verb typed outside its group's context runs in the one group that has it; a verb of several groups is refused with the list of them."
                        )
                    ]
                        + bareVerbs(catalog)),
                pipesAndPager,
                Section("Keys", ShellBuiltin.keys.map { ManualPage.Block.item($0.key, $0.help) }),
                Section(
                    "History",
                    [
                        .text(
                            """
                            Lines are kept across sessions in $XDG_STATE_HOME/kamaki/shell_history (mode 0600), tokens masked; a line \
                            that starts with a space is not kept. A line run in a group is kept with its group (/ip create --network-id=1), \
                            so recalled anywhere it runs the same command.
                            """)
                    ]),
                Section(
                    "Exit status",
                    [
                        .text(
                            """
                            The interactive shell ends with \(ExitStatus.success). A script ends with the status of its first failing \
                            line (with --keep-going, of its last failing line), else \(ExitStatus.success); with \(ExitStatus.usage) when \
                            it ends inside a quoted word, \(ExitStatus.failure) when FILE cannot be read, \(ExitStatus.interrupted) when \
                            interrupted. The statuses are kamaki(1)'s.
                            """)
                    ]),
                Section("See also", [.text("kamaki(1), kamaki-cloud(1)")]),
            ])
    }

    /// Each verb name with where it runs bare: `attach` → `ip attach`, `list` → several groups.
    static func bareVerbs(_ catalog: CommandCatalog) -> [ManualPage.Block] {
        var names: [String] = []
        for group in catalog.groups {
            for verb in group.verbs where !names.contains(verb.name) { names.append(verb.name) }
        }
        return names.sorted().map { name -> ManualPage.Block in
            let groups = catalog.groups(havingVerb: name).map(\.name)
            return groups.count == 1
                ? .item(name, "runs as \(groups[0]) \(name)")
                : .item(name, "refused outside a context: one of \(groups.map { "\($0) \(name)" }.joined(separator: ", "))")
        }
    }
}
