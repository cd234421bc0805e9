import KamakiCommands

/// What a `kamaki` client asks its command server to run: the words after `kamaki`, the
/// client's environment, folder, file-creation mask and groups. Its standard streams follow
/// once the server has accepted (see ``CommandReply``).
///
/// On the socket: `KMK2`, the payload's length (UInt32, little-endian), then the payload:
/// NUL-terminated UTF-8 strings: the folder, the umask (octal), the group id, the supplementary
/// groups (decimal, comma-separated), the argument count and the arguments, then the
/// environment's `NAME=value` entries. Every number is range-checked when decoded: a request
/// comes from another process and is read as untrusted input.
public struct CommandRequest: Sendable, Equatable {
    public var arguments: [String]
    public var environment: [String]
    public var workingDirectory: String
    /// The client's umask: a server with another one declines (files would get other modes).
    public var fileMask: UInt32
    /// The client's effective group and supplementary groups: a server with others declines
    /// (the command would read and write files with the server's groups).
    public var groupID: UInt32
    public var groups: [UInt32]

    public init(
        arguments: [String], environment: [String], workingDirectory: String, fileMask: UInt32 = 0o022, groupID: UInt32 = 0,
        groups: [UInt32] = []
    ) {
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.fileMask = fileMask
        self.groupID = groupID
        self.groups = groups
    }

    static let magic: [UInt8] = Array("KMK2".utf8)
    /// A request larger than this is refused (the environment of a sane process is far smaller).
    static let maximumPayload = 4 << 20
    /// More supplementary groups than Linux allows (`NGROUPS_MAX`) is a malformed request.
    static let maximumGroups = 65536

    /// The request as sent.
    public func encoded() -> [UInt8] {
        var payload: [UInt8] = []
        func add(_ text: String) {
            payload.append(contentsOf: text.utf8)
            payload.append(0)
        }
        add(workingDirectory)
        add(String(fileMask, radix: 8))
        add(String(groupID))
        add(groups.map { String($0) }.joined(separator: ","))
        add(String(arguments.count))
        arguments.forEach(add)
        environment.forEach(add)
        let length = UInt32(truncatingIfNeeded: payload.count)
        return Self.magic + (0..<4).map { UInt8(truncatingIfNeeded: length >> ($0 * 8)) } + payload
    }

    /// The payload's length from the 8-byte header; `nil` when the header is not a request's.
    static func payloadLength(header: ArraySlice<UInt8>) -> Int? {
        guard header.count == 8, Array(header.prefix(4)) == magic else { return nil }
        let length = header.dropFirst(4).enumerated().reduce(0) { $0 | Int($1.element) << ($1.offset * 8) }
        return length <= maximumPayload ? length : nil
    }

    /// Decodes a payload; `nil` when it is malformed (never traps, whatever the bytes).
    static func decode(payload: ArraySlice<UInt8>) -> CommandRequest? {
        guard payload.count <= maximumPayload, payload.last == 0 else { return nil }
        var fields: [String] = []
        for bytes in payload.dropLast().split(separator: 0, omittingEmptySubsequences: false) {
            guard let field = String(validating: bytes, as: UTF8.self) else { return nil }
            fields.append(field)
        }
        let fixed = 5
        guard fields.count >= fixed, fields[0].hasPrefix("/"), let mask = UInt32(fields[1], radix: 8), mask <= 0o777,
            let groupID = UInt32(fields[2]),
            let groups = decodeGroups(fields[3]), let count = Int(fields[4]), count >= 0, count <= fields.count - fixed
        else { return nil }
        return CommandRequest(
            arguments: Array(fields[fixed..<(fixed + count)]), environment: Array(fields[(fixed + count)...]),
            workingDirectory: fields[0], fileMask: mask, groupID: groupID, groups: groups)
    }

    private static func decodeGroups(_ field: String) -> [UInt32]? {
        if field.isEmpty { return [] }
        let parts = field.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= maximumGroups else { return nil }
        var groups: [UInt32] = []
        for part in parts {
            guard let group = UInt32(part) else { return nil }
            groups.append(group)
        }
        return groups
    }

    /// The environment as a dictionary (the first of a repeated name wins, as with getenv).
    public var variables: [String: String] { RunEnvironment.variables(from: environment) }
}

/// The server's answers: first that it runs the command (or that the client should, nothing
/// of it having run), then, after the command, its exit status. Each is 5 bytes: a letter and
/// an Int32 (little-endian). After `accepted` the client answers `go` (one byte) with its
/// stdin, stdout and stderr as descriptors, and only then does the command start: a client that
/// gave up waiting for `accepted` (a stopped server) and runs the command itself never has it
/// run twice, nor leaves its pipes in the server. The server may still answer `declined` to
/// `go` (it could not receive the descriptors), nothing having run.
public enum CommandReply: Sendable, Equatable {
    case accepted
    case declined
    case status(Int32)

    static let size = 5
    /// The client's one-byte answer to `accepted`.
    static let go: [UInt8] = [UInt8(ascii: "G")]

    func encoded() -> [UInt8] {
        let (letter, value): (String, Int32) =
            switch self {
            case .accepted: ("A", 0)
            case .declined: ("D", 0)
            case .status(let code): ("S", code)
            }
        return Array(letter.utf8) + (0..<4).map { UInt8(truncatingIfNeeded: UInt32(bitPattern: value) >> ($0 * 8)) }
    }

    static func decode(_ bytes: [UInt8]) -> CommandReply? {
        guard bytes.count == size else { return nil }
        let value = bytes.dropFirst().enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << UInt32($1.offset * 8) }
        switch bytes[0] {
        case UInt8(ascii: "A"): return .accepted
        case UInt8(ascii: "D"): return .declined
        case UInt8(ascii: "S"): return .status(Int32(bitPattern: value))
        default: return nil
        }
    }
}
