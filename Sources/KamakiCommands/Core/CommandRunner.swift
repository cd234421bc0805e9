import ArgumentParser
import Foundation

/// Runs command lines: parses words with the registry, builds the context, runs the command,
/// presents errors and records history. One-shot and shell lines share it.
public struct CommandRunner: Sendable {
    public let environment: RunEnvironment

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
    /// - Returns: the exit status.
    public func run(
        _ words: [String], output: any OutputSink, session: SessionState? = nil, connection: CloudConnection? = nil
    ) async -> Int32 {
        if words.contains(where: { $0 == "-V" || $0 == "--version" }), !words.contains("--") {
            output.line(Kamaki.version)
            return ExitStatus.success
        }
        if words.first == "help", let unknown = Self.unknownHelpTopic(words.dropFirst()) {
            output.write("Error: help: no command \(unknown)\nSee 'kamaki --help' for the commands.\n", to: .error)
            return ExitStatus.usage
        }
        let parsed: any ParsableCommand
        do {
            parsed = try await Kamaki.asyncParseAsRoot(words)
        } catch {
            return presentParseError(error, output: output)
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
                return presentParseError(error, output: output)
            }
        }
        let context: CommandContext
        do {
            context = try makeContext(global: command.global.settings, output: output, session: session, connection: connection)
        } catch {
            return ErrorPresenter.present(error, to: output)
        }
        if session == nil { record(words, context: context) }
        let status: Int32
        do {
            try await command.execute(in: context)
            status = ExitStatus.success
        } catch {
            status = ErrorPresenter.present(error, to: output)
        }
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
        let global = arguments.isEmpty ? GlobalSettings() : try GlobalOptions.parse(arguments).settings
        return try makeContext(global: global, output: output, session: nil, connection: nil).connection()
    }

    /// Records a line in the history file (tokens masked).
    public func record(line words: [String], output: any OutputSink) {
        guard let config = try? ConfigFile.load(path: environment.configPath(option: nil)) else { return }
        let history = environment.historyFile(config: config)
        history.append(HistoryFile.masked(words, tokens: Self.tokens(in: config)))
    }

    func record(_ words: [String], context: CommandContext) {
        let history = environment.historyFile(config: context.effectiveConfig)
        history.append(HistoryFile.masked(["kamaki"] + words, tokens: Self.tokens(in: context.configFile)))
    }

    static func tokens(in config: ConfigFile) -> [String] {
        config.cloudNames.flatMap { name in
            (config.cloud(name) ?? []).filter { $0.key.hasSuffix("token") }.flatMap { $0.value.split(separator: " ").map(String.init) }
        }
    }

    func makeContext(
        global: GlobalSettings, output: any OutputSink, session: SessionState?, connection: CloudConnection?
    ) throws -> CommandContext {
        let path = environment.configPath(option: global.configPath)
        if global.configPath != nil, !FileManager.default.fileExists(atPath: path) {
            throw CommandError("Config file \"\(path)\" does not exist")
        }
        let file = try ConfigFile.load(path: path)
        var effective = file
        for (optionPath, value) in try global.parsedOverrides() { try effective.set(optionPath, value) }
        return CommandContext(
            output: output, environment: environment, global: global, configFile: file, effectiveConfig: effective,
            session: session, connection: global.choosesCloud ? nil : connection)
    }

    func presentParseError(_ error: any Error, output: any OutputSink) -> Int32 {
        let code = Kamaki.exitCode(for: error)
        let message = Kamaki.fullMessage(for: error, columns: output.columns)
        if code == .success {
            // `--generate-completion-script`: kamaki's hardened script, not ArgumentParser's.
            let message = CompletionScripts.hardened(printed: message) ?? message
            output.write(message.isEmpty ? "" : message + "\n", to: .standard)
            return ExitStatus.success
        }
        if error is CommandError { return ErrorPresenter.present(error, to: output) }
        output.write(message + "\n", to: .error)
        return ExitStatus.usage
    }
}
