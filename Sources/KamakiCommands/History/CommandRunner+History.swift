import Foundation

extension CommandRunner {
    /// A typed line as it may be written to a history file: with the tokens `config` holds (and the
    /// values of `config set …token` / `user authenticate`) masked, as ``HistoryFile/masked(_:tokens:)``.
    /// Returns nil when nothing needed masking, so the caller keeps the line as typed.
    public func maskedForHistory(_ words: [String], config: ConfigFile?) -> String? {
        let masked = HistoryFile.masked(words, tokens: config.map(Self.tokens(in:)) ?? [])
        let plain = words.map(HistoryFile.quoteIfNeeded).joined(separator: " ")
        return masked == plain ? nil : masked
    }

    /// Records a line in the history file (the tokens `config` holds masked); nothing without a config.
    public func record(line words: [String], config: ConfigFile?) {
        guard let config else { return }
        let history = environment.historyFile(config: config)
        history.append(HistoryFile.masked(words, tokens: Self.tokens(in: config)))
    }

    func record(_ words: [String], context: CommandContext) {
        let history = environment.historyFile(config: context.effectiveConfig)
        history.append(HistoryFile.masked(["kamaki"] + words, tokens: Self.tokens(in: context.configFile)))
    }

    static func tokens(in config: ConfigFile) -> [String] {
        config.cloudNames.flatMap { name in
            (config.cloud(name) ?? []).filter { HistoryFile.isSecretKey($0.key) }.flatMap {
                $0.value.split(separator: " ").map(String.init)
            }
        }
    }
}
