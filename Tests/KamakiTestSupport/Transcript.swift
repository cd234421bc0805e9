import Foundation
import KamakiClient
import Logging
import Synchronization

/// Every log line a test's client wrote and every error description the test saw.
///
/// Each transcript also feeds ``TokenAudit``, which the token test reads at the end.
public final class Transcript: Sendable {
    private let entries = Mutex<[String]>([])
    public let token: String

    public init(token: String) { self.token = token }

    public func append(_ text: String) {
        entries.withLock { $0.append(text) }
        TokenAudit.record(token: token, text: text)
    }

    public var lines: [String] { entries.withLock { $0 } }

    /// A logger whose every message lands here.
    public var logger: Logger {
        var logger = Logger(label: "kamaki.test") { _ in TranscriptHandler(transcript: self) }
        logger.logLevel = .trace
        return logger
    }

    /// Records an error's description (and, for client errors, every field that holds text).
    public func record(_ error: any Error) {
        append(String(describing: error))
        if let error = error as? ClientError {
            append(error.message)
            append(error.details)
            append(error.url ?? "")
        }
    }

    /// Lines or errors that contain the token.
    public var leaks: [String] { lines.filter { $0.contains(token) } }
}

struct TranscriptHandler: LogHandler {
    let transcript: Transcript
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        transcript.append(event.message.description)
    }
}

/// Everything every transcript of the process recorded, with the token it must not contain.
public enum TokenAudit {
    private static let entries = Mutex<[(token: String, text: String)]>([])

    static func record(token: String, text: String) {
        entries.withLock { $0.append((token, text)) }
    }

    public static var leaks: [String] {
        entries.withLock { $0.filter { !$0.token.isEmpty && $0.text.contains($0.token) }.map(\.text) }
    }
}
