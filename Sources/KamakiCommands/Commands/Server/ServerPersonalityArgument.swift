import Foundation
import KamakiAPI
import KamakiClient

/// `server create -p PATH[,SERVER_PATH[,OWNER[,GROUP[,MODE]]]]`, read as kamaki 0.16 reads it:
/// up to five comma-separated terms, each either `key=value` (`local-path`, `server-path`,
/// `owner`, `group`, `mode`; keys case-insensitive) or positional, filling the terms not given by
/// key in that order. The local file must be a readable regular file; the mode is octal.
enum ServerPersonalityArgument {
    static let howto = [
        "Defines a file to be injected to virtual servers file system.",
        "syntax:  PATH,[SERVER_PATH,[OWNER,[GROUP,[MODE]]]]",
        "  [local-path=]PATH: local file to be injected (relative or absolute)",
        "  [server-path=]SERVER_PATH: destination location inside server Image",
        "  [owner=]OWNER: virtual servers user id for the remote file",
        "  [group=]GROUP: virtual servers group id or name for the remote file",
        "  [mode=]MODE: permission in octal (e.g., 0777)",
        "e.g., -p /tmp/my.file,owner=root,mode=0777",
    ]
    static let keys = ["local-path", "server-path", "owner", "group", "mode"]
    /// The largest file read: a cloud takes far less (Synnefo: 10240 bytes, and says so with a
    /// 413), and a file is never read whole into memory past this.
    static let maximumBytes = 1 << 20

    /// One `-p` value; a relative path is the run's (``RunEnvironment/resolve(_:)``), `~/` its home's.
    static func parse(_ value: String, environment: RunEnvironment) throws -> ServerCreateRequest.Personality {
        var terms = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard terms.count <= keys.count else {
            throw CommandError.usage("--personality: Wrong number of terms (1<=terms<=\(keys.count)) in \(value)", details: howto)
        }
        var given: [String: String] = [:]
        for key in keys {
            if let index = terms.firstIndex(where: { $0.lowercased().hasPrefix(key + "=") }) {
                given[key] = String(terms[index].dropFirst(key.count + 1))
                terms.remove(at: index)
            }
        }
        for key in keys where given[key] == nil {
            guard !terms.isEmpty else { break }
            given[key] = terms.removeFirst()
        }
        guard let path = given["local-path"], !path.isEmpty else {
            throw CommandError.usage("--personality: No local path specified in \(value)", details: howto)
        }
        let contents = try read(path, resolved: environment.resolve(expandingTilde(path, home: environment.homeDirectory)))
        var mode: Int?
        if let text = given["mode"], !text.isEmpty {
            guard let parsed = Int(text, radix: 8), (0...0o7777).contains(parsed) else {
                throw CommandError.usage(
                    "Personality mode must be in octal: \(TerminalText.escaped(text)) is not a mode from 0 to 7777", details: howto)
            }
            mode = parsed
        }
        func term(_ key: String) -> String? { given[key].flatMap { $0.isEmpty ? nil : $0 } }
        return .init(contents: contents, path: term("server-path"), owner: term("owner"), group: term("group"), mode: mode)
    }

    private static func expandingTilde(_ path: String, home: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    /// The file's bytes: a missing, unreadable, irregular or too large file is a usage error.
    private static func read(_ shown: String, resolved: String) throws -> [UInt8] {
        let name = TerminalText.escaped(shown)
        var status = stat()
        guard stat(resolved, &status) == 0 else {
            throw CommandError.usage("--personality: File \(name) does not exist", details: howto)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw CommandError.usage("--personality: \(name) is not a regular file", details: howto)
        }
        guard Int(status.st_size) <= maximumBytes else {
            throw CommandError.usage(
                "--personality: File \(name) is too large (\(status.st_size) bytes; at most \(maximumBytes) are read)",
                details: ["A cloud takes much less: Synnefo at most 10240 bytes per file"])
        }
        do {
            guard let handle = FileHandle(forReadingAtPath: resolved) else { throw CocoaError(.fileReadNoPermission) }
            defer { try? handle.close() }
            return [UInt8](try handle.read(upToCount: maximumBytes) ?? Data())
        } catch {
            throw CommandError.usage("--personality: File \(name) cannot be read", details: howto)
        }
    }
}
