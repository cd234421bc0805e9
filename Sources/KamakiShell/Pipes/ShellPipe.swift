/// A shell line whose output goes on to `/bin/sh`: `server list | grep 141`, `port list | wc -l`,
/// `network list -l > nets.txt`, `network list >> all.txt 2>&1`.
///
/// The line is read as a POSIX shell reads it (``ShellWords`` with operators): a `|`, `>` or `<`
/// inside quotes or after a backslash is a word character. The text before the first operator is
/// kamaki's command, run in-process; the rest goes to `/bin/sh -c` as written, reading the
/// command's output on its standard input (``script``). A pure value: nothing runs here.
public struct ShellPipe: Sendable, Equatable {
    /// Where the command's error stream goes.
    public enum Errors: Sendable, Equatable {
        /// To the terminal, as always: no `2>` before the first `|`.
        case terminal
        /// Into the pipe with the output, in order: `2>&1` after any redirection of the output.
        case merged
        /// Through the shell on descriptor 3, which applies its own `2>` redirections to it.
        case shell
    }

    /// kamaki's part of the line, as typed.
    public var command: String
    /// The rest of the line from the first operator, as typed (`| grep 141`, `> nets.txt`).
    public var rest: String
    public var errors: Errors
    /// Whether a `|` follows kamaki's command: the line's status is then the shell's (its last
    /// command's, as sh without pipefail); with redirections only, it is the command's.
    public var pipes: Bool
    /// The files a plain `>` writes, as typed when they need no expansion by the shell (no `$`,
    /// backquote, glob or leading `~`): checked before anything runs, so that a `>` onto an
    /// existing file is refused with a hint (``ShellPipeError/wouldOverwrite(_:)``), not sh's bare
    /// "File exists". The rest are left to sh's noclobber.
    public var overwrites: [String] = []

    /// What `/bin/sh -c` runs. `set -C` (noclobber): a `>` never overwrites an existing file
    /// (`>|` does, `>>` appends), so a `>` typed by accident destroys nothing.
    public var script: String {
        switch errors {
        case .terminal, .merged: "set -C; cat " + rest
        case .shell: "set -C; { cat <&3 >&2 3<&- & cat 3<&-; wait; } " + rest
        }
    }

    /// The pipe or redirection of a line; nil when it has none (or an open quote, which splitting reports).
    public static func parse(_ line: String) throws(ShellPipeError) -> ShellPipe? {
        let scanned = ShellWords.scan(line, operators: true)
        guard let first = scanned.operators.first, !scanned.needsContinuation else { return nil }
        let operators = scanned.operators
        let firstPipe = operators.firstIndex { $0.text == "|" } ?? operators.count
        for (index, op) in operators.enumerated() {
            let wordsAfter = (index + 1 < operators.count ? operators[index + 1].wordsBefore : scanned.words.count) - op.wordsBefore
            if index == 0, op.wordsBefore == 0 { throw .noCommand(op.text) }
            switch op.text {
            case "|" where wordsAfter == 0: throw .emptyPipe
            case "|": break
            case "||" where index < firstPipe: throw .orList
            case let text where text.hasPrefix("<") && index < firstPipe: throw .input(text)
            case let text where text.hasPrefix(">") && wordsAfter == 0: throw .missingTarget(text)
            default: break
            }
        }
        let scalars = Array(line.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let redirections = operators[..<firstPipe].map { op in
            (op: op, target: scanned.words.indices.contains(op.wordsBefore) ? scanned.words[op.wordsBefore].text : "")
        }
        return ShellPipe(
            command: text(0..<first.rawStart), rest: text(first.rawStart..<scalars.count),
            errors: errors(of: redirections), pipes: firstPipe < operators.count,
            overwrites: operators.compactMap { op in
                guard op.text == ">", scanned.words.indices.contains(op.wordsBefore) else { return nil }
                let target = scanned.words[op.wordsBefore].text
                return target.hasPrefix("~") || target.contains(where: { "$`*?[".contains($0) }) ? nil : target
            })
    }

    /// The first file a plain `>` would overwrite: an existing regular file (`/dev/null` is no
    /// such file, and sh's noclobber lets it be written), as `isRegularFile` tells.
    public func refusal(isRegularFile: (String) -> Bool) -> ShellPipeError? {
        overwrites.first(where: isRegularFile).map(ShellPipeError.wouldOverwrite)
    }

    /// Where `2>` redirections before the first `|` send the command's errors.
    static func errors(of redirections: [(op: ShellWords.Operator, target: String)]) -> Errors {
        let ofErrors = redirections.indices.filter { redirections[$0].op.descriptor == 2 }
        guard let last = ofErrors.last else { return .terminal }
        let (op, target) = redirections[last]
        let outputLater = redirections[(last + 1)...].contains { ($0.op.descriptor ?? 1) == 1 && $0.op.text.hasPrefix(">") }
        return ofErrors.count == 1 && op.text == ">&" && target == "1" && !outputLater ? .merged : .shell
    }
}

/// Why a line's pipe or redirection cannot run: a usage error.
public enum ShellPipeError: Error, Equatable, CustomStringConvertible {
    case noCommand(String)
    case emptyPipe
    case orList
    case input(String)
    case missingTarget(String)
    case wouldOverwrite(String)

    public var description: String {
        switch self {
        case .noCommand(let op): "\(op): give a kamaki command before it, e.g. server list | grep 141"
        case .emptyPipe: "|: give a command after it, e.g. server list | grep 141"
        case .orList: "||: a line runs one kamaki command; send its output on with | (e.g. server list | grep 141)"
        case .input(let op): "\(op): kamaki commands read no input; only their output can be redirected (>, >>, 2>, |)"
        case .missingTarget(let op): "\(op): give a file name after it, e.g. network list > nets.txt"
        case .wouldOverwrite(let file): "\(file) exists, and > never overwrites a file: use >| to replace it or >> to append"
        }
    }
}
