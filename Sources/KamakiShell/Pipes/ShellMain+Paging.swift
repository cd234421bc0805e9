import KamakiCommands

extension ShellMain {
    /// A one-shot command given `--more` with standard output on a terminal: run in this process
    /// with its output paged, as the shell pages it. Nil for any other command, which runs as
    /// usual (one-shot output is not paged otherwise: it is often read by a program, and the
    /// command server, which runs most one-shot commands, writes straight to the client's
    /// terminal and cannot start a pager there).
    public static func runPaged(_ arguments: [String], runner: CommandRunner) -> Int32? {
        let environment = runner.environment
        guard environment.stdoutIsTerminal, Paging.asksForMore(arguments),
            let pager = Paging.pager(variables: environment.variables, option: try? runner.readConfig().get().global("pager"))
        else { return nil }
        let terminal = FileDescriptorSink(columnsVariable: environment.variables["COLUMNS"])
        let rows = Paging.screenRows(variable: environment.variables["LINES"], terminal: Shell.terminalRows())
        let paged = PagerOutput(terminal: terminal, pager: pager, screenRows: rows, forced: true)
        // Ctrl-C cancels the command (as in the shell) and the pager is waited for: it must not
        // outlive kamaki on the terminal.
        Interrupt.install()
        let modes = TerminalModes.save()
        defer { modes.restore() }
        let outcome = CommandTask.run(errorIsTerminal: environment.stderrIsTerminal) { await runner.run(arguments, output: paged) }
        paged.finish(abandoned: outcome.abandoned)
        return outcome.status
    }
}
