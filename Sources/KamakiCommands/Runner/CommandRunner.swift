import ArgumentParser
import Foundation

/// Runs command lines: parses words with the registry, builds the context, runs the command,
/// presents errors and records history. One-shot and shell lines share it.
public struct CommandRunner: Sendable {
    public let environment: RunEnvironment
    /// The most words a command line may have. swift-argument-parser's parse time grows with the
    /// square of their number (10,000 took about a minute); real lines have tens.
    public static let maximumWords = 1000

    public init(environment: RunEnvironment) {
        self.environment = environment
    }

    /// Runs one command line (`kamaki` arguments, or a shell line resolved to its full words).
    ///
    /// - Parameters:
    ///   - words: the words after `kamaki`.
    ///   - output: where the command writes.
    ///   - session: the shell's selections, if any.
    ///   - connection: the shell's cloud connection, reused when the line does not choose another cloud.
    ///   - config: the default config file as the line already read it (``readConfig()``); nil: read here.
    /// - Returns: the exit status.
    public func run(
        _ words: [String], output: any OutputSink, session: SessionState? = nil, connection: CloudConnection? = nil,
        config: Result<ConfigFile, any Error>? = nil
    ) async -> Int32 {
        let output = colouringFailures(output, words: words)
        let status = await runLine(words, output: output, session: session, connection: connection, config: config)
        return Self.status(status, output: output)
    }

    /// `output`, with the first line of its error blocks coloured when its error stream gets colour (``Colour``).
    func colouringFailures(_ output: any OutputSink, words: [String]) -> any OutputSink {
        let colour = Colour.enabled(terminal: output.errorColours, variables: environment.variables, noColor: Colour.refused(by: words))
        return colour ? ColouredFailures(output) : output
    }

    /// A command's status once its output is out: standard output that could not be written is
    /// an error (exit 1, said on stderr), or, when its reader went away, ``ExitStatus/brokenPipe``.
    static func status(_ status: Int32, output: any OutputSink) -> Int32 {
        guard let failure = output.standardFailure() else { return status }
        if failure == EPIPE { return status == ExitStatus.success ? ExitStatus.brokenPipe : status }
        output.write("kamaki: cannot write the output: \(String(cString: strerror(failure)))\n", to: .error)
        return status == ExitStatus.success ? ExitStatus.failure : status
    }

    func runLine(
        _ words: [String], output: any OutputSink, session: SessionState?, connection: CloudConnection?,
        config: Result<ConfigFile, any Error>?
    ) async -> Int32 {
        if words.contains(where: { $0 == "-V" || $0 == "--version" }), !words.contains("--") {
            output.line(Kamaki.version)
            return ExitStatus.success
        }
        if words.count > Self.maximumWords {
            output.failure("Error: the line has \(words.count) words; kamaki takes at most \(Self.maximumWords)\n")
            return ExitStatus.usage
        }
        if HistoryFile.holdsMask(words) {
            output.failure(
                "Error: \"\(HistoryFile.mask)\" stands where a secret goes: this is a masked line from the history, "
                    + "not a token. Type the token itself.\n")
            return ExitStatus.usage
        }
        if words.first == "help", let unknown = Self.unknownHelpTopic(words.dropFirst()) {
            output.failure("Error: help: no command \(unknown)\nSee 'kamaki --help' for the commands.\n")
            return ExitStatus.usage
        }
        let parsed: any ParsableCommand
        do {
            parsed = try await Kamaki.asyncParseAsRoot(
                HistoryShow.parseable(FormatOptions.columnWords(GlobalOptions.separatingJoinedValues(words))))
        } catch {
            return presentParseError(error, output: output, words: words)
        }
        guard let command = parsed as? any KamakiCommand else {
            // The root or a group alone, or the built-in help: print help.
            do {
                var runnable = parsed
                if var asyncCommand = runnable as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try runnable.run()
                }
                return ExitStatus.success
            } catch {
                return presentParseError(error, output: output, words: words)
            }
        }
        let context: CommandContext
        let presentation = (command as? any FormattedCommand).map { Presentation($0.format) }
        do {
            context = try makeContext(
                global: command.global.settings, output: output, session: session, connection: connection, config: config,
                presentation: presentation)
        } catch {
            return ErrorPresenter.present(error, to: output)
        }
        if session == nil { record(words, context: context) }
        var status: Int32
        do {
            try await Self.execute(command, in: context, session: connection)
            status = ExitStatus.success
        } catch {
            status = ErrorPresenter.present(error, to: output, cloud: context.existingConnection?.target)
        }
        if let unprintable = presentation?.error, status == ExitStatus.success { status = ErrorPresenter.present(unprintable, to: output) }
        if let made = context.existingConnection, made !== connection {
            await made.close()
        }
        return status
    }

    /// The words of `kamaki help WORDS` that name no command (ArgumentParser shows the top help for them).
    static func unknownHelpTopic(_ words: ArraySlice<String>) -> String? {
        var command: any ParsableCommand.Type = Kamaki.self
        for (index, word) in words.enumerated() where !word.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == word }) else {
                return words.prefix(index + 1).joined(separator: " ")
            }
            command = next
        }
        return nil
    }

    /// The connection a shell keeps for its session, from the shell's own global options.
    public func sessionConnection(arguments: [String], output: any OutputSink) throws -> CloudConnection {
        try sessionConnection(arguments: arguments, cloud: nil, output: output)
    }

    /// - Parameter config: the default config file, already read (used unless `--config` names another).
    func makeContext(
        global: GlobalSettings, output: any OutputSink, session: SessionState?, connection: CloudConnection?,
        config: Result<ConfigFile, any Error>? = nil, presentation: Presentation? = nil
    ) throws -> CommandContext {
        let path = environment.configPath(option: global.configPath)
        if let option = global.configPath, !FileManager.default.fileExists(atPath: path) {
            // `-c id` out of openstack's habit, without `--output-format table`, names a config file.
            let columnsHint =
                presentation != nil && !option.contains("/")
                ? ["-c picks table columns only after --output-format table (e.g. --output-format table -c \(option))"] : []
            throw CommandError("Config file \"\(path)\" does not exist", details: columnsHint)
        }
        let preread = global.configPath == nil ? config : nil
        let file = try preread?.get() ?? ConfigFile.load(path: path)
        var effective = file
        for (optionPath, value) in try global.parsedOverrides() { try effective.set(optionPath, value) }
        return CommandContext(
            output: output, environment: environment, global: global, configFile: file, effectiveConfig: effective,
            session: session, connection: global.choosesCloud ? nil : connection, presentation: presentation)
    }

    func presentParseError(_ error: any Error, output: any OutputSink, words: [String] = []) -> Int32 {
        let code = Kamaki.exitCode(for: error)
        let message = Kamaki.fullMessage(for: error, columns: Kamaki.helpColumns(output.columns))
        if code == .success {
            // `--generate-completion-script`: kamaki's hardened script, not ArgumentParser's.
            let message = CompletionScripts.hardened(printed: message) ?? message
            output.write(message.isEmpty ? "" : message + "\n", to: .standard)
            return ExitStatus.success
        }
        if error is CommandError { return ErrorPresenter.present(error, to: output) }
        if let mistyped = Self.mistypedCommand(words) {
            // As the shell says it: the parser's "2 unexpected arguments: 'netwrk', 'list'" names no culprit.
            let help = (["kamaki"] + mistyped.path + ["--help"]).joined(separator: " ")
            output.failure(
                "Error: \((mistyped.path + [mistyped.typed]).joined(separator: " ")): unknown command (did you mean \(mistyped.suggestion)?)\n"
                    + "See '\(help)' for the commands.\n")
            return ExitStatus.usage
        }
        output.failure(message + "\n")
        return ExitStatus.usage
    }

    /// The global options whose value is the next word (`-o KEY=VAL`), skipped when looking for command words.
    public static let optionsTakingValues: Set<String> = ["-c", "--config", "-o", "--options", "--cloud", "--ca-certs"]

    /// For a line that did not parse: the first word where a group or verb was expected that names
    /// none, the command words before it, and the nearest name there; nil when no name is near.
    static func mistypedCommand(_ words: [String]) -> (path: [String], typed: String, suggestion: String)? {
        var command: any ParsableCommand.Type = Kamaki.self
        var path: [String] = []
        var skipValue = false
        for word in words {
            if skipValue {
                skipValue = false
                continue
            }
            if word == "--" { return nil }
            if word.hasPrefix("-") {
                skipValue = optionsTakingValues.contains(word)
                continue
            }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { return nil }
            if let next = subcommands.first(where: { $0.configuration.commandName == word }) {
                command = next
                path.append(word)
                continue
            }
            guard let near = Suggestion.nearest(word, among: subcommands.compactMap { $0.configuration.commandName }) else { return nil }
            return (path, word, near)
        }
        return nil
    }
}
