import Foundation
import KamakiAPI
import KamakiCommands

/// The entry points the `kamaki` executable calls for the shell.
public enum ShellMain {
    /// Runs the shell on the calling (main) thread and returns the exit status. Synchronous on
    /// purpose: the line editor must own the main thread for Ctrl-C to reach it.
    ///
    /// With stdin and stdout on a terminal it is the interactive shell; otherwise it runs the
    /// lines it reads as a script (same semantics, no prompt), stopping at the first failing line
    /// with that line's status unless `--keep-going` is given.
    ///
    /// - Parameter arguments: global options (`--cloud X`, `-v`, …), `--keep-going` and a script
    ///   file to run instead of standard input; a leading `shell` is ignored. `-h` shows
    ///   ``ShellUsage``'s help of `kamaki shell` (or of `kamaki tutorial`).
    public static func run(arguments: [String], runner: CommandRunner) -> Int32 {
        var arguments = arguments
        if arguments.first == "shell" { arguments.removeFirst() }
        // `kamaki tutorial [NAME]` opens the shell in tutorial mode.
        var startLine: String?
        if arguments.first == "tutorial" {
            arguments.removeFirst()
            let name = arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 }
            if name != nil { arguments.removeFirst() }
            startLine = "tutorial " + (name ?? "network")
        }
        if let help = ShellUsage.requested(arguments, tutorial: startLine != nil) {
            FileDescriptorSink(columnsVariable: runner.environment.variables["COLUMNS"]).write(help, to: .standard)
            return ExitStatus.success
        }
        let keepGoing = arguments.contains("--keep-going")
        arguments.removeAll { $0 == "--keep-going" }
        let scriptPath = startLine == nil ? ShellUsage.scriptPath(in: &arguments) : nil
        let interactive = scriptPath == nil && runner.environment.stdinIsTerminal && runner.environment.stdoutIsTerminal
        if interactive { TerminalLocale.ensureUTF8() }
        Interrupt.install()
        // `--no-color` given to the shell holds for the whole session (commands get no global options of the shell's).
        let colourRefused = Colour.refused(by: arguments)
        let output = TerminalOutput(
            errorIsTerminal: runner.environment.stderrIsTerminal, columnsVariable: runner.environment.variables["COLUMNS"],
            colours: runner.environment.stdoutIsTerminal && !colourRefused,
            errorColours: runner.environment.stderrIsTerminal && !colourRefused)
        var connection: CloudConnection?
        do {
            connection = try runner.sessionConnection(arguments: arguments, output: output)
        } catch {
            let shown = runner.presentation(of: error, columns: output.columns)
            output.write(shown.text, to: .error)
            if !(error is CommandError) { return shown.status }
        }
        let shell = Shell(runner: runner, output: output, connection: connection, arguments: arguments)
        shell.keepGoing = keepGoing
        let status: Int32
        connection?.announceIfEmbedded()
        if interactive, let reader = makeEditor(shell: shell, runner: runner, output: output) {
            output.write(greeting, to: .standard)
            if let startLine { _ = shell.execute(startLine, reader: reader) }
            status = shell.run(reader: reader) { holding in holding ? output.hold() : output.release() }
        } else {
            let reader: PlainLineReader
            if let scriptPath {
                guard let script = PlainLineReader(path: runner.environment.resolve(scriptPath)) else {
                    output.note("kamaki shell: cannot read the script \(TerminalText.escaped(scriptPath))")
                    return ExitStatus.failure
                }
                reader = script
            } else {
                reader = PlainLineReader()
            }
            if let startLine { _ = shell.execute(startLine, reader: reader) }
            status = shell.run(reader: reader)
        }
        // The session's cloud now: `use cloud` or a config change may have replaced the first.
        if let connection = shell.connection {
            _ = CommandTask.run {
                await connection.close()
                return 0
            }
        }
        return status
    }

    static let greeting =
        "kamaki shell: help or ? lists commands, Tab completes, exit or Ctrl-D leaves a group, /exit quits; tutorial walks you through\n"

    static func makeEditor(shell: Shell, runner: CommandRunner, output: TerminalOutput) -> EditLineReader? {
        EditLineReader(
            historyPath: ShellHistory.path(environment: runner.environment),
            completion: { [unowned shell] text in shell.completion(text) },
            renderList: { CandidateList.render($0, columns: output.columns ?? 80) },
            onFirstPrompt: { [unowned shell] in shell.startBackgroundWork() })
    }
}
