import Foundation
import KamakiAPI
import Logging

/// Writes HTTP exchanges to the logger in kamaki's `-v` / `-vv` shapes, with the token replaced by `...`.
struct HTTPLogWriter: Sendable {
    let logger: Logger
    let detail: HTTPLogDetail
    /// Text that must never reach a log line.
    let secret: String

    /// Replaces every occurrence of the token with `...`.
    func redact(_ text: String) -> String {
        guard !secret.isEmpty, text.contains(secret) else { return text }
        return text.replacingOccurrences(of: secret, with: "...")
    }

    /// Logs a line: redacted, then with the server's control characters escaped (line breaks
    /// in a body stay line breaks).
    private func line(_ text: String) {
        logger.info("\(TerminalText.escapedLines(redact(text)))")
    }

    func request(_ request: TransportRequest, headers: [(String, String)]) {
        guard detail != .off else { return }
        line("> \(request.method) \(request.url)")
        for (name, value) in headers {
            line(">   \(name): \(name.lowercased() == "x-auth-token" ? "..." : value)")
        }
        line("> data size: \(request.body?.count ?? 0)")
        if detail == .bodies, let body = request.body, !body.isEmpty {
            line("> " + String(decoding: body, as: UTF8.self))
        }
    }

    func response(_ response: TransportResponse, fallbackReason: String) {
        guard detail != .off else { return }
        line("< \(response.status) \(Self.reason(response.status, fallback: fallbackReason))")
        for (name, value) in response.headers {
            line("<   \(name): \(name.lowercased() == "x-auth-token" ? "..." : value)")
        }
        line("< data size: \(response.body.count)")
        if detail == .bodies, !response.body.isEmpty {
            line("< " + response.bodyText)
        }
    }

    func retry(_ request: TransportRequest, reason: String) {
        guard detail != .off else { return }
        line("! retrying \(request.method) \(request.url) after \(reason)")
    }

    /// Synnefo's upper-case reason phrase, or the library's for codes Synnefo does not name.
    static func reason(_ status: Int, fallback: String) -> String {
        let phrase = ReasonPhrase.forStatus(status)
        return phrase == "UNKNOWN STATUS CODE" ? fallback.uppercased() : phrase
    }
}
