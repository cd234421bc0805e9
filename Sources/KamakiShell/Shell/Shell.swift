import KamakiAPI
import KamakiCommands

/// The read–resolve–run loop, shared by the interactive shell and scripts. It lives on the main
/// thread and is synchronous; commands run as cancellable tasks that it waits for.
final class Shell {
    /// How a line ended.
    enum Outcome: Equatable {
        case next(Int32)
        case finish(Int32)
    }

    let runner: CommandRunner
    let output: any OutputSink
    let context: ShellContext
    /// The cloud commands use, re-read when the config changes (``followConfigChanges()``).
    let cloud: SessionCloud
    var connection: CloudConnection? { cloud.connection }
    var refresher: IDRefresher? { cloud.refresher }
    var keepGoing = false
    /// In a script, the number of the line running now, and the label of its errors (`line 3: network info 99: `).
    var scriptLineNumber: Int?
    var scriptLine: String?
    /// The running guided tutorial, if any.
    var guide: TutorialGuide?
    private(set) lazy var resolver = LineResolver(catalog: .shared)
    private(set) lazy var completer = makeCompleter()

    /// - Parameter arguments: the shell's global options (`--cloud`, `-c`, …), which the session's cloud is re-read with.
    init(runner: CommandRunner, output: any OutputSink, connection: CloudConnection?, arguments: [String] = []) {
        self.runner = runner
        self.output = output
        self.cloud = SessionCloud(runner: runner, arguments: arguments, output: output, connection: connection)
        self.context = ShellContext(cloud: connection?.target.promptName)
    }

    /// Starts the session's background work: authentication, the id cache, the catalog.
    func startBackgroundWork() {
        cloud.startBackgroundWork()
        Task.detached(priority: .utility) { _ = CommandCatalog.shared }
    }

    /// What Tab does for the line up to the cursor.
    func completion(_ text: String) -> CompletionEdit {
        completer.complete(text, group: context.group).edit
    }

    /// Reads and runs lines until the end of input, `/exit`, or (in a script) a failing line.
    func run(reader: any LineReader, hold: (Bool) -> Void = { _ in }) -> Int32 {
        var pending = ""
        var lastFailure: Int32 = 0
        var lineNumber = 0
        var firstLine = 0
        while true {
            followConfigChanges()
            hold(true)
            let read = reader.readLine(prompt: pending.isEmpty ? context.prompt : "...> ")
            hold(false)
            switch read {
            case .interrupted:
                pending = ""
            case .end where reader.isInteractive && !pending.isEmpty:
                // Ctrl-D at `...>` drops the unfinished line only, as Ctrl-C does.
                pending = ""
                output.write("\n", to: .standard)
            case .end where reader.isInteractive:
                output.write("\n", to: .standard)
                guard context.group != nil else { return ExitStatus.success }
                context.group = nil
            case .end:
                if Interrupt.take() { return ExitStatus.interrupted }
                if !pending.isEmpty {
                    output.note("kamaki: the script ends inside a quoted word")
                    return ExitStatus.usage
                }
                return keepGoing ? lastFailure : ExitStatus.success
            case .line(let text):
                lineNumber += 1
                if pending.isEmpty { firstLine = lineNumber }
                let line = pending.isEmpty ? text : pending + "\n" + text
                if ShellWords.scan(line).needsContinuation {
                    pending = line
                    continue
                }
                pending = ""
                scriptLineNumber = reader.isInteractive ? nil : firstLine
                defer { (scriptLineNumber, scriptLine) = (nil, nil) }
                switch execute(line, reader: reader) {
                case .finish(let status):
                    return status
                case .next(let status) where status != ExitStatus.success && !reader.isInteractive:
                    if !keepGoing { return status }
                    lastFailure = status
                case .next:
                    break
                }
            }
        }
    }

    /// Runs one logical line.
    func execute(_ line: String, reader: (any LineReader)? = nil) -> Outcome {
        followConfigChanges()
        let action = resolver.resolve(line: line, group: context.group)
        // The config file is read at most once for a line: to mask its history entry, then to run it.
        var configRead: Result<ConfigFile, any Error>?
        func config() -> Result<ConfigFile, any Error> {
            let read = configRead ?? runner.readConfig()
            configRead = read
            return read
        }
        let entry = ShellHistory.entry(for: line, action: action) { runner.maskedForHistory($0, config: try? config().get()) }
        if let entry { reader?.remember(entry) }
        if let number = scriptLineNumber { scriptLine = scriptLabel(line, action: action, number: number) { try? config().get() } }
        switch action {
        case .nothing:
            // Enter on a tutorial note continues, as `next` does.
            if guide?.current?.isNote == true { return .next(tutorial(["next"], reader: reader)) }
            return .next(ExitStatus.success)
        case .enter(let group):
            context.group = group
            if guide?.matches(line) == true { tutorialStepDone(status: ExitStatus.success, output: "", errors: "", reader: reader) }
            return .next(ExitStatus.success)
        case .leave:
            guard context.group != nil else { return .finish(ExitStatus.success) }
            context.group = nil
            return .next(ExitStatus.success)
        case .quit:
            return .finish(ExitStatus.success)
        case .run(let words):
            let config = config()
            if entry != nil { runner.record(line: words, config: try? config.get()) }
            if guide?.matches(line) == true { return .next(runTutorialStep(words, reader: reader, config: config)) }
            let status = runShown(words, config: config)
            tutorialStepStillCurrent(reader: reader)
            return .next(status)
        case .tutorial(let arguments):
            return .next(tutorial(arguments, reader: reader))
        case .help(let topic):
            output.write(ShellHelp(catalog: .shared).text(topic, columns: output.columns), to: .standard)
            return .next(ExitStatus.success)
        case .system(let command):
            return .next(SystemCommand.run(command))
        case .use(let selection, let id):
            return .next(select(selection, id))
        case .useCloud(let name):
            return .next(useCloud(name))
        case .unuse(let selection):
            if selection == nil || selection == .network { context.session.network = nil }
            if selection == nil || selection == .server { context.session.server = nil }
            return .next(ExitStatus.success)
        case .showContext:
            output.write(context.description, to: .standard)
            return .next(ExitStatus.success)
        case .error(let message):
            reportFailure(message)
            tutorialStepStillCurrent(reader: reader)
            return .next(ExitStatus.usage)
        case .pipe(let inner, let pipe):
            if entry != nil, case .run(let words) = inner { runner.record(line: words, config: try? config().get()) }
            return .next(runPiped(inner, pipe, config: config()))
        }
    }

    /// Runs resolved words as a cancellable task and waits for it; `config`: the line's config file, if read.
    func run(_ words: [String], through sink: (any OutputSink)? = nil, config: Result<ConfigFile, any Error>? = nil) -> Int32 {
        runTask(words, through: sink, config: config).status
    }

    /// ``run(_:through:config:)``, saying whether the command was left running in the background.
    func runTask(
        _ words: [String], through sink: (any OutputSink)? = nil, config: Result<ConfigFile, any Error>? = nil
    ) -> (status: Int32, abandoned: Bool) {
        let (runner, output, session, connection, warmup) = (runner, sink ?? failures, context.session, connection, refresher?.warmup)
        // An abandoned command may end later: what it writes then is dropped (AbandonableOutput).
        let commandOutput = AbandonableOutput(output)
        let words = cloud.lineOptions + words
        let outcome = CommandTask.run(errorIsTerminal: runner.environment.stderrIsTerminal) {
            await warmup?.value
            return await runner.run(words, output: commandOutput, session: session, connection: connection, config: config)
        }
        if outcome.abandoned {
            commandOutput.abandon()
            output.note("Interrupted; the command was left to finish in the background")
        }
        if outcome.status == ExitStatus.success { refresher?.refresh(after: words) }
        return outcome
    }

    /// `use network|server X`: an id, or a name, as a command's `--server-id` takes them
    /// (``CloudConnection/resolvedID(_:_:)``). An id the cache (when it has that kind) does not know is
    /// refused too: a typo must not become the session's default for every later command.
    func select(_ selection: ShellAction.Selection, _ text: String) -> Int32 {
        let kind = selection.kind
        let id: String
        switch resolvedForUse(text, kind) {
        case .success(let resolved): id = resolved
        case .failure(let error):
            reportFailure(TerminalText.escapedLines("use: " + error.description))
            return error.kind == .usage ? ExitStatus.usage : ExitStatus.failure
        }
        let entries = connection?.ids.entries(kind) ?? []
        if !entries.isEmpty, !entries.contains(where: { $0.id == id }) {
            output.note("use: no \(kind.noun) \(id) is known; `/\(kind.rawValue) list` shows them (and updates what the shell knows)")
            return ExitStatus.failure
        }
        switch selection {
        case .network: context.session.network = id
        case .server: context.session.server = id
        }
        return ExitStatus.success
    }
}
