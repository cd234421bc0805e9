import Foundation
import KamakiClient

/// kamaki's command history (`~/.kamaki.history`): a first line with a counter of dropped
/// lines, then one command per line. Written with mode 0600; tokens never reach it.
public struct HistoryFile: Sendable {
    public let path: String
    /// At most this many lines are kept (`history_limit`); 0 keeps them all.
    public let limit: Int

    public init(path: String, limit: Int = 0) {
        self.path = path
        self.limit = limit
    }

    /// The history a config describes: `history_file` and `history_limit`.
    public init(config: ConfigFile, home: String) {
        self.init(path: Self.path(config: config, home: home), limit: config.global("history_limit").flatMap { Int($0) } ?? 0)
    }

    /// The history file a config names (`history_file`), else `~/.kamaki.history`.
    public static func path(config: ConfigFile, home: String) -> String {
        if let configured = config.global("history_file"), !configured.isEmpty {
            return configured.hasPrefix("~/") ? home + configured.dropFirst(1) : configured
        }
        return home + "/.kamaki.history"
    }

    /// The counter and the lines.
    public func read() -> (counter: Int, lines: [String]) {
        guard let data = FileManager.default.contents(atPath: path) else { return (0, []) }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let first = lines.first else { return (0, []) }
        if let counter = Int(first.trimmingCharacters(in: .whitespaces)) {
            lines.removeFirst()
            return (counter, lines)
        }
        return (0, lines)
    }

    /// Appends one line, creating the file (mode 0600) with its counter line when needed.
    public func append(_ line: String) {
        let flat = line.replacingOccurrences(of: "\n", with: " ")
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size == 0 { Descriptor.writeAll(fd, "0\n") }
        Descriptor.writeAll(fd, flat + "\n")
        if limit > 0 { trim() }
    }

    /// Drops the oldest lines beyond the limit and adds their number to the counter, as kamaki does.
    private func trim() {
        let (counter, lines) = read()
        guard lines.count > limit else { return }
        let dropped = lines.count - limit
        let kept = lines.suffix(limit).joined(separator: "\n")
        PrivateFile.save(Array("\(counter + dropped)\n\(kept)\n".utf8), to: path)
    }

    /// Truncates to the counter line `0`.
    public func clean() throws {
        guard PrivateFile.save(Array("0\n".utf8), to: path) else {
            throw CommandError("Could not write history file \(path)")
        }
    }

    /// What stands for a secret in a remembered line.
    public static let mask = "..."

    /// A command line with secrets replaced by ``mask``: configured tokens anywhere, and the
    /// ``secretWords(_:)``.
    public static func masked(_ words: [String], tokens: [String]) -> String {
        var words = words
        for secret in secretWords(words) {
            words[secret.index] = secret.prefix + mask
        }
        // Then configured tokens: a whole word of any length, inside a word when long enough to be
        // no accident (a one-letter test token must not garble every word with that letter).
        for (index, word) in words.enumerated() {
            for token in tokens where !token.isEmpty && (word == token || (token.count >= 4 && word.contains(token))) {
                words[index] = words[index].replacingOccurrences(of: token, with: mask)
            }
        }
        return words.map(quoteIfNeeded).joined(separator: " ")
    }

    /// Whether a command line gives ``mask`` where a secret goes: a line recalled from history,
    /// which would store `...` as the token.
    public static func holdsMask(_ words: [String]) -> Bool {
        secretWords(words).contains {
            words[$0.index] == $0.prefix + mask || (isSecretAssignment(words[$0.index]) && words[$0.index].hasSuffix("=" + mask))
        }
    }

    /// The words of a command line that hold secrets, each with the part of it that is not secret:
    /// the values of `config set …token`, `user authenticate` and `--token`, and `-o …token=VALUE`.
    static func secretWords(_ words: [String]) -> [(index: Int, prefix: String)] {
        var secrets: [(index: Int, prefix: String)] = []
        // The verb alone too: a shell line typed without its group is refused, but remembered.
        if let set = words.firstIndex(of: "set"), set == 0 || words[set - 1] == "config", set + 2 < words.count,
            isSecretKey(words[set + 1])
        {
            for index in (set + 2)..<words.count { secrets.append((index, "")) }
        }
        if let auth = words.firstIndex(of: "authenticate"), auth == 0 || words[auth - 1] == "user", auth + 1 < words.count {
            for index in (auth + 1)..<words.count where !words[index].hasPrefix("-") { secrets.append((index, "")) }
        }
        // `user add --token T` / `--token=T`.
        for (index, word) in words.enumerated() {
            if word.hasPrefix("--token=") { secrets.append((index, "--token=")) }
            if word == "--token", index + 1 < words.count { secrets.append((index + 1, "")) }
        }
        for (index, word) in words.enumerated() where word.hasPrefix("-o") || word.hasPrefix("--options") {
            if isSecretAssignment(word) { secrets.append((index, String(word.prefix { $0 != "=" }) + "=")) }
            if word == "-o" || word == "--options", index + 1 < words.count, isSecretAssignment(words[index + 1]) {
                secrets.append((index + 1, String(words[index + 1].prefix { $0 != "=" }) + "="))
            }
        }
        return secrets
    }

    /// Whether a config key holds a secret: a token, a password (`password`), an application
    /// credential's secret (`application_credential_secret`).
    static func isSecretKey(_ key: Substring) -> Bool {
        key.hasSuffix("token") || key.hasSuffix("password") || key.hasSuffix("secret")
    }

    static func isSecretKey(_ key: String) -> Bool { isSecretKey(Substring(key)) }

    /// Whether a word is `KEY=VALUE` (or `-oKEY=VALUE`, `--options=KEY=VALUE`) with a secret key.
    static func isSecretAssignment(_ word: String) -> Bool {
        word.indices.contains { word[$0] == "=" && isSecretKey(word[..<$0]) }
    }

    static func quoteIfNeeded(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" || $0 == "\\" }) else { return word }
        if !word.contains("'") { return "'\(word)'" }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
