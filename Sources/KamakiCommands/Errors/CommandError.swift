/// An error a command raises itself, presented as a kamaki error block:
/// a first line, then `|  ` detail lines.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; decides the exit status.
    public enum Kind: Sendable, Equatable {
        /// Bad input the command could check itself (exit 2).
        case usage
        /// Anything else that went wrong (exit 1).
        case runtime
        /// A wait ran out of time (exit 3).
        case waitTimeout
    }

    public var kind: Kind
    /// The first line of the block.
    public var message: String
    /// The `|  ` lines.
    public var details: [String]

    public init(_ kind: Kind, _ message: String, details: [String] = []) {
        self.kind = kind
        self.message = message
        self.details = details
    }

    /// A runtime error (exit 1).
    public init(_ message: String, details: [String] = []) {
        self.init(.runtime, message, details: details)
    }

    /// A usage error.
    public static func usage(_ message: String, details: [String] = []) -> CommandError {
        CommandError(.usage, message, details: details)
    }

    public var description: String {
        ([message] + details.map { "|  " + $0 }).joined(separator: "\n")
    }
}
