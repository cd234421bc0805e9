import Foundation
import KamakiAPI
import KamakiClient

/// Turns any error into kamaki's error block on stderr and an exit status. One presenter
/// serves one-shot commands and shell lines alike.
enum ErrorPresenter {
    /// Prints the block and returns the exit status.
    /// - Parameter cloud: the cloud the command talked to, which hints name (`cloud.NAME.token`).
    static func present(_ error: any Error, to output: any OutputSink, cloud: CloudTarget? = nil) -> Int32 {
        let block = self.block(for: error, cloud: cloud)
        output.failure(block.text)
        return block.status
    }

    /// The block and its status. Its text is shown with every control character escaped but
    /// line breaks (``TerminalText/escapedLines(_:)``): fault messages, details, error pages and
    /// statuses come from the cloud, and never control the terminal.
    static func block(for error: any Error, cloud: CloudTarget? = nil) -> (text: String, status: Int32) {
        let block = unescapedBlock(for: error, cloud: cloud)
        return (TerminalText.escapedLines(block.text), block.status)
    }

    private static func unescapedBlock(for error: any Error, cloud: CloudTarget?) -> (text: String, status: Int32) {
        switch error {
        case let error as CommandError:
            let status: Int32 =
                switch error.kind {
                case .usage: ExitStatus.usage
                case .runtime: ExitStatus.failure
                case .waitTimeout: ExitStatus.waitTimeout
                }
            return (error.description + "\n", status)
        case let error as ClientError:
            return unescapedBlock(for: translate(error, cloud: cloud), cloud: cloud)
        case is CancellationError:
            return ("Canceled by user\n", ExitStatus.interrupted)
        default:
            return ("\(error)\n", ExitStatus.failure)
        }
    }

    /// The generic form of a client error: `(STATUS) message` and `|  ` details with hints.
    static func translate(_ error: ClientError, cloud: CloudTarget? = nil) -> CommandError {
        switch error.kind {
        case .http(let status, let reason, let fault, let body):
            if status == 401 {
                return CommandError(
                    "(401) Authorization failed",
                    details: [
                        rawLine(status: status, reason: reason, fault: fault, body: body),
                        "To check the token:", "  kamaki user authenticate",
                    ] + newTokenHint(cloud))
            }
            guard let fault else {
                let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
                return CommandError("(\(status)) \(reason)", details: text.isEmpty ? [] : [String(text.prefix(300))])
            }
            if fault.name == "overLimit" {
                return CommandError("(\(status)) \(reason)", details: sentences(fault.details.isEmpty ? fault.message : fault.details))
            }
            let message = fault.message.isEmpty ? reason : fault.message
            return CommandError("(\(status)) \(message)", details: sentences(fault.details))
        case .authentication(let message):
            return CommandError("Authorization failed", details: [message] + newTokenHint(cloud))
        case .waitTimeout(let last):
            return CommandError(.waitTimeout, "Timed out waiting; the status is still \(last)")
        case .configuration(let message):
            return CommandError(message)
        case .invalidArgument(let message):
            return CommandError.usage(message)
        default:
            var details: [String] = []
            if let url = error.url { details.append("While: \(error.method ?? "GET") \(url)") }
            switch error.kind {
            case .tls:
                details += [
                    "To use a CA certificates file:", "  kamaki config set ca_certs CA_FILE", "  OR run with --ca-certs=FILE",
                    "To ignore TLS errors (insecure):", "  kamaki config set ignore_ssl on", "  OR run with --ignore-ssl",
                ]
            case .connectionRefused, .hostNotFound:
                details += ["Check the cloud's URL:", "  kamaki config get cloud"]
            default: break
            }
            return CommandError(error.description, details: details)
        }
    }

    /// How to set a new token for the cloud that refused one: its name in the config key when
    /// known; nothing for the embedded cloud, whose token kamaki manages itself.
    static func newTokenHint(_ cloud: CloudTarget?) -> [String] {
        switch cloud {
        case .embedded: []
        case .configured(let configured) where configured.token.isEmpty:
            ["Check the \(configured.credentials.method) credentials of cloud \"\(configured.name)\" (kamakirc, clouds.yaml or OS_*)"]
        case .configured(let configured): ["To set a new token:", "  kamaki config set cloud.\(configured.name).token <TOKEN>"]
        case nil: ["To set a new token:", "  kamaki config set cloud.<CLOUD>.token <TOKEN>"]
        }
    }

    /// The raw server error in kamaki's detail shape: `REASON faultName (message)`.
    /// The raw line of an HTTP error, nil for other errors.
    static func rawLine(_ error: ClientError) -> String? {
        guard case .http(let status, let reason, let fault, let body) = error.kind else { return nil }
        return rawLine(status: status, reason: reason, fault: fault, body: body)
    }

    static func rawLine(status: Int, reason: String, fault: APIFault?, body: String) -> String {
        guard let fault else { return "\(status) \(reason)" }
        return fault.message.isEmpty ? "\(reason) \(fault.name)" : "\(reason) \(fault.name) (\(FaultWording.shown(fault.message)))"
    }

    /// Splits a detail text into lines at sentence ends (`…account. Available: …` → two lines).
    static func sentences(_ text: String) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return [] }
        var lines: [String] = []
        for line in trimmed.split(separator: "\n") {
            var current = ""
            var previous: Character = " "
            for character in line {
                if character == " ", previous == "." {
                    lines.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
                previous = character
            }
            if !current.isEmpty { lines.append(current) }
        }
        return lines
    }
}
