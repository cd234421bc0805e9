import Foundation
import KamakiClient
import KamakiCommands

extension Shell {
    /// Runs a command with its output paged when standard output is a terminal and the output is
    /// longer than the screen (or `--more` is given): ``Paging``, ``PagerOutput``.
    func runShown(_ words: [String], config: Result<ConfigFile, any Error>) -> Int32 {
        let environment = runner.environment
        guard environment.stdoutIsTerminal,
            let pager = Paging.pager(variables: environment.variables, option: try? config.get().global("pager"))
        else { return run(words, config: config) }
        let rows = Paging.screenRows(variable: environment.variables["LINES"], terminal: Self.terminalRows())
        let paged = PagerOutput(terminal: output, pager: pager, screenRows: rows, forced: Paging.asksForMore(words))
        // The pager sets the terminal's modes; a Ctrl-C typed in it is not for the next command.
        let modes = TerminalModes.save()
        defer {
            modes.restore()
            _ = Interrupt.take()
        }
        let outcome = runTask(words, through: paged, config: config)
        paged.finish(abandoned: outcome.abandoned)
        return outcome.status
    }

    /// Runs a command (or help, or the context) with its output going on to `/bin/sh -c`
    /// (``ShellPipe``): its standard output is the shell's standard input; its errors stay on the
    /// terminal, go into the pipe (`2>&1`) or to the shell's descriptor 3 for its `2>`. Ctrl-C
    /// reaches the shell's children from the terminal (one process group, the foreground one) and
    /// cancels the command. The status: the shell's when a `|` follows the command (its last
    /// command's), else the command's unless the redirection failed.
    func runPiped(_ action: ShellAction, _ pipe: ShellPipe, config: Result<ConfigFile, any Error>) -> Int32 {
        if let refusal = pipe.refusal(isRegularFile: Self.isRegularFile) {
            reportFailure("\(refusal)")
            return ExitStatus.failure
        }
        guard let input = ChildPipe.make() else {
            output.note("kamaki: cannot make a pipe: \(String(cString: strerror(errno)))")
            return ExitStatus.failure
        }
        let errors = pipe.errors == .shell ? ChildPipe.make() : nil
        let modes = TerminalModes.save()
        defer {
            modes.restore()
            _ = Interrupt.take()
        }
        var descriptors: [(from: Int32, to: Int32)] = [(input.read, 0)]
        if let errors { descriptors.append((errors.read, 3)) }
        let pid = SystemCommand.spawn(pipe.script, descriptors: descriptors)
        close(input.read)
        if let errors { close(errors.read) }
        guard let pid else {
            close(input.write)
            if let errors { close(errors.write) }
            output.note("kamaki: cannot start /bin/sh")
            return 127
        }
        let errorDescriptor: Int32 =
            switch pipe.errors {
            case .terminal, .merged: input.write
            case .shell: errors?.write ?? 2
            }
        let sink = PipeOutput(
            pipe: FileDescriptorSink(
                standard: input.write, error: errorDescriptor, columnsVariable: runner.environment.variables["COLUMNS"]),
            errors: pipe.errors == .terminal ? output : nil, columns: output.columns)
        var outcome: (status: Int32, abandoned: Bool) = (ExitStatus.success, false)
        switch action {
        case .run(let words): outcome = runTask(words, through: sink, config: config)
        case .help(let topic): sink.write(ShellHelp(catalog: .shared).text(topic, columns: sink.columns), to: .standard)
        case .showContext: sink.write(context.description, to: .standard)
        default: break
        }
        ChildPipe.closeWriteEnd(input.write, abandoned: outcome.abandoned)
        if let errors { ChildPipe.closeWriteEnd(errors.write, abandoned: outcome.abandoned) }
        // A Ctrl-C that cancelled the command has had its new line after `^C` (CommandTask).
        let shellStatus = ChildProcess(pid: pid).wait(terminal: modes.saved != nil && outcome.status != ExitStatus.interrupted)
        return pipe.pipes || shellStatus != ExitStatus.success ? shellStatus : outcome.status
    }

    /// Whether `path` (relative to the working directory, as sh reads it) names a regular file.
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The height of the terminal the shell's output (``TerminalOutput``, descriptor 1) is on, if it
    /// is one; asked each time, the window may have been resized.
    static func terminalRows() -> Int? {
        TerminalWidth.rowsOfTerminal(1)
    }
}

/// A command's output into a pipe: results into the pipe; errors to the shell's own output (the
/// terminal) when `errors` is given, else where the pipe's sink sends them. Laid out at the
/// terminal's width, as a one-shot command's output into a pipe is.
final class PipeOutput: OutputSink {
    let pipe: FileDescriptorSink
    let errors: (any OutputSink)?
    let columns: Int?

    init(pipe: FileDescriptorSink, errors: (any OutputSink)?, columns: Int?) {
        self.pipe = pipe
        self.errors = errors
        self.columns = columns
    }

    var errorIsTerminal: Bool { errors?.errorIsTerminal ?? pipe.errorIsTerminal }
    /// Errors on the terminal may have colour; what goes into the pipe never has (``OutputSink/colours`` is false).
    var errorColours: Bool { errors?.errorColours ?? pipe.errorColours }

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        if stream == .error, let errors { errors.write(text, to: .error) } else { pipe.write(text, to: stream) }
    }

    func standardFailure() -> Int32? { pipe.standardFailure() }
}
