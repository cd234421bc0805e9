public import KamakiAPI

/// Every failure of a ``CloudClient`` call: an API error, a transport failure, or a wait that ran out.
///
/// `description` is plain language and never contains a token.
public struct ClientError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The server answered with an unexpected status. `body` is the raw text (at most 4 KiB) when it
        /// is not a fault envelope.
        case http(status: Int, reason: String, fault: APIFault?, body: String)
        /// Nothing listens at host:port.
        case connectionRefused(host: String, port: Int)
        /// Connecting to host:port failed for another reason (e.g. the network is unreachable).
        case connectionFailed(host: String, port: Int, reason: String)
        /// The host name does not resolve.
        case hostNotFound(String)
        /// The TLS handshake or certificate check failed.
        case tls(String)
        /// The connect or request timeout passed.
        case timeout
        /// The server closed the connection before the response was complete.
        case connectionClosed
        /// The response could not be read (invalid JSON, a missing key, …).
        case invalidResponse(String)
        /// A wait reached its timeout; the resource was still in `lastStatus`.
        case waitTimeout(lastStatus: String)
        /// `/tokens` answered 401: the token is not valid.
        case authentication(String)
        /// The configuration or the catalog cannot serve the call (e.g. no endpoint of a type).
        case configuration(String)
        /// An argument that cannot name anything (an empty id); nothing was sent.
        case invalidArgument(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The request's method, when a request was involved.
    public var method: String?
    /// The request's URL, when a request was involved. URLs never carry tokens.
    public var url: String?

    /// Creates an error.
    public init(_ kind: Kind, method: String? = nil, url: String? = nil) {
        self.kind = kind
        self.method = method
        self.url = url
    }

    /// The HTTP status for ``Kind/http(status:reason:fault:body:)``; `nil` otherwise.
    public var status: Int? {
        if case .http(let status, _, _, _) = kind { return status }
        return nil
    }

    /// The API fault, when the server sent one.
    public var fault: APIFault? {
        if case .http(_, _, let fault, _) = kind { return fault }
        return nil
    }

    /// The reason phrase for ``Kind/http(status:reason:fault:body:)``, e.g. `CONFLICT`.
    public var reason: String? {
        if case .http(_, let reason, _, _) = kind { return reason }
        return nil
    }

    /// The server's message: the fault message, else the raw body.
    public var message: String {
        switch kind {
        case .http(_, let reason, let fault, let body):
            if let fault, !fault.message.isEmpty { return fault.message }
            let trimmed = body.trimmingWhitespace
            return trimmed.isEmpty ? reason : trimmed
        default: return description
        }
    }

    /// The fault's details, or an empty string.
    public var details: String { fault?.details ?? "" }

    public var description: String {
        let request = [method, url].compactMap { $0 }.joined(separator: " ")
        let suffix = request.isEmpty ? "" : " (\(request))"
        switch kind {
        case .http(let status, let reason, let fault, let body):
            var text = "\(status) \(reason)"
            if let fault {
                text += ": \(fault.name): \(fault.message)"
                if !fault.details.isEmpty { text += " [\(fault.details)]" }
            } else {
                let snippet = body.trimmingWhitespace
                if !snippet.isEmpty { text += ": " + String(snippet.prefix(200)) }
            }
            return text + suffix
        case .connectionRefused(let host, let port):
            return "could not connect to \(host):\(port): connection refused"
        case .connectionFailed(let host, let port, let reason):
            return "could not connect to \(host):\(port): \(reason)"
        case .hostNotFound(let host):
            return "could not resolve host '\(host)'"
        case .tls(let message):
            return "TLS failure: \(message)\(suffix)"
        case .timeout:
            return "the request timed out\(suffix)"
        case .connectionClosed:
            return "the server closed the connection before the response was complete\(suffix)"
        case .invalidResponse(let message):
            return "invalid response: \(message)\(suffix)"
        case .waitTimeout(let lastStatus):
            return "timed out waiting; the status is still \(lastStatus)"
        case .authentication(let message):
            return "authentication failed: \(message)\(suffix)"
        case .configuration(let message), .invalidArgument(let message):
            return message
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
