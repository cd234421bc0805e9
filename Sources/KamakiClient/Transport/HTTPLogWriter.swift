import Foundation
import KamakiAPI
import Logging

/// Writes HTTP exchanges to the logger in kamaki's `-v` / `-vv` shapes, with the token replaced by `...`.
struct HTTPLogWriter: Sendable {
    let logger: Logger
    let detail: HTTPLogDetail
    /// Text that must never reach a log line, in every form it travels in: as is, and
    /// JSON-escaped (a token's `"` and `\` are `\"` and `\\` in the auth request's body and in
    /// any reply that echoes it), the longest first.
    let secrets: [String]

    /// A writer that hides each of `secrets` (a token, a password, an application credential's secret).
    init(logger: Logger, detail: HTTPLogDetail, secrets: [String]) {
        self.logger = logger
        self.detail = detail
        self.secrets = Array(Set(secrets.flatMap(Self.forms(of:)))).sorted { $0.count > $1.count }
    }

    /// Headers whose values are tokens: never logged.
    static func isTokenHeader(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered == "x-auth-token" || lowered == "x-subject-token"
    }

    /// The token as is, JSON-escaped as kamaki writes it, with `/` escaped as `\/`, and with
    /// every non-ASCII character as `\uXXXX` (as Python's json module writes it).
    static func forms(of secret: String) -> [String] {
        guard !secret.isEmpty else { return [] }
        var escaped = JSON.string(secret).serialized()
        escaped.removeFirst()
        escaped.removeLast()
        var ascii = ""
        for unit in escaped.utf16 {
            if unit < 0x80, let scalar = Unicode.Scalar(unit) {
                ascii.unicodeScalars.append(scalar)
            } else {
                let hex = String(unit, radix: 16)
                ascii += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        let slashed = [escaped, ascii].map { $0.replacingOccurrences(of: "/", with: "\\/") }
        return Array(Set([secret, escaped, ascii] + slashed)).sorted { $0.count > $1.count }
    }

    /// Replaces every occurrence of the token, in any of its forms, with `...`.
    func redact(_ text: String) -> String {
        var text = text
        for secret in secrets where text.contains(secret) {
            text = text.replacingOccurrences(of: secret, with: "...")
        }
        return text
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
            line(">   \(name): \(Self.isTokenHeader(name) ? "..." : value)")
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
            line("<   \(name): \(Self.isTokenHeader(name) ? "..." : value)")
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
