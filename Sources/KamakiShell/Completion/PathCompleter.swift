import Foundation
import KamakiAPI

/// File path candidates for the word being completed (`-c FILE`, `--ca-certs FILE`, `-p PATH`, words
/// after `!cmd`): the entries of the folder the word names so far that start with its last part; a
/// folder's candidate ends in `/` and takes no space after it, so Tab goes on into it.
///
/// Relative words are taken from `workingDirectory` (the shell's, from ``RunEnvironment``, never read
/// here); `~` is not expanded, as kamaki's own words do not expand it. Hidden entries are offered only once the last part
/// starts with a dot; names with control characters never (inserted, the line editor would echo them).
public struct PathCompleter: Sendable {
    public var workingDirectory: String?
    /// The most entries read from one folder: a Tab in a huge folder stays quick.
    public static let entryLimit = 5000

    public init(workingDirectory: String?) {
        self.workingDirectory = workingDirectory
    }

    public func candidates(_ partial: String) -> [Candidate] {
        let folderPart = partial.lastIndex(of: "/").map { String(partial[...$0]) } ?? ""
        let namePart = String(partial.dropFirst(folderPart.count))
        guard let folder = opendir(location(of: folderPart)) else { return [] }
        defer { closedir(folder) }
        var found: [Candidate] = []
        var read = 0
        while read < Self.entryLimit, let entry = readdir(folder) {
            read += 1
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != "..", name.hasPrefix(namePart), !TerminalText.containsControl(name) else { continue }
            if name.hasPrefix("."), !namePart.hasPrefix(".") { continue }
            let isFolder = isFolder(entry.pointee.d_type, path: location(of: folderPart + name))
            found.append(Candidate(folderPart + name + (isFolder ? "/" : ""), terminator: isFolder ? "" : " "))
        }
        return found.sorted { $0.value < $1.value }
    }

    /// Where a typed folder is: relative ones in the working folder, which nothing typed names.
    func location(of typed: String) -> String {
        if typed.hasPrefix("/") { return typed }
        let base = workingDirectory ?? "."
        return typed.isEmpty ? base : base + "/" + typed
    }

    func isFolder(_ type: UInt8, path: String) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        guard type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) else { return false }
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
