/// What a `kamaki` client asks its command server to run: the words after `kamaki`, the
/// client's environment, folder and file-creation mask. Its standard streams travel beside it
/// as file descriptors.
///
/// On the socket: `KMK1`, the payload's length (UInt32, little-endian), then the payload:
/// NUL-terminated strings: the folder, the umask (decimal), the argument count and the
/// arguments, then the environment's `NAME=value` entries.
public struct CommandRequest: Sendable, Equatable {
    public var arguments: [String]
    public var environment: [String]
    public var workingDirectory: String
    /// The client's umask: a server with another one declines (files would get other modes).
    public var fileMask: UInt32

    public init(arguments: [String], environment: [String], workingDirectory: String, fileMask: UInt32 = 0o022) {
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.fileMask = fileMask
    }

    static let magic: [UInt8] = Array("KMK1".utf8)
    /// A request larger than this is refused (the environment of a sane process is far smaller).
    static let maximumPayload = 4 << 20

    /// The request as sent.
    public func encoded() -> [UInt8] {
        var payload: [UInt8] = []
        func add(_ text: String) {
            payload.append(contentsOf: text.utf8)
            payload.append(0)
        }
        add(workingDirectory)
        add(String(fileMask))
        add(String(arguments.count))
        arguments.forEach(add)
        environment.forEach(add)
        let length = UInt32(payload.count)
        return Self.magic + (0..<4).map { UInt8(truncatingIfNeeded: length >> ($0 * 8)) } + payload
    }

    /// The payload's length from the 8-byte header; `nil` when the header is not a request's.
    static func payloadLength(header: ArraySlice<UInt8>) -> Int? {
        guard header.count == 8, Array(header.prefix(4)) == magic else { return nil }
        let length = header.dropFirst(4).enumerated().reduce(0) { $0 | Int($1.element) << ($1.offset * 8) }
        return length <= maximumPayload ? length : nil
    }

    /// Decodes a payload; `nil` when it is malformed.
    static func decode(payload: ArraySlice<UInt8>) -> CommandRequest? {
        guard payload.last == 0 || payload.isEmpty else { return nil }
        let fields = payload.split(separator: 0, omittingEmptySubsequences: false).dropLast().map {
            String(decoding: $0, as: UTF8.self)
        }
        guard fields.count >= 3, let mask = UInt32(fields[1]), let count = Int(fields[2]), count >= 0, fields.count >= 3 + count
        else { return nil }
        return CommandRequest(
            arguments: Array(fields[3..<(3 + count)]), environment: Array(fields[(3 + count)...]), workingDirectory: fields[0],
            fileMask: mask)
    }

    /// The environment as a dictionary (the first of a repeated name wins, as with getenv).
    public var variables: [String: String] { RunEnvironment.variables(from: environment) }
}

/// The server's answers: first that it runs the command (or that the client should, nothing
/// of it having run), then, after the command, its exit status. Each is 5 bytes: a letter and
/// an Int32 (little-endian).
public enum CommandReply: Sendable, Equatable {
    case accepted
    case declined
    case status(Int32)

    static let size = 5

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
