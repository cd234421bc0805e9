internal import AsyncHTTPClient
import Foundation
internal import NIOCore
internal import NIOHTTP1
internal import NIOPosix
internal import NIOSSL

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the errors of the HTTP stack into the client's plain-language kinds.
enum TransportErrorMapper {
    static func map(_ error: any Error, url: String) -> ClientError.Kind {
        let (host, port) = hostAndPort(url)
        switch error {
        case let error as HTTPClientError:
            return map(error)
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return .hostNotFound(error.host)
            }
            for failure in error.connectionErrors {
                if let io = failure.error as? IOError, io.errnoCode == ECONNREFUSED {
                    return .connectionRefused(host: error.host, port: error.port)
                }
            }
            let reason = error.connectionErrors.first.map { describe($0.error) } ?? "no address to connect to"
            return .connectionFailed(host: error.host, port: error.port, reason: reason)
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: return .connectionRefused(host: host, port: port)
            case ECONNRESET, EPIPE: return .connectionClosed
            default: return .connectionFailed(host: host, port: port, reason: describe(error))
            }
        case let error as ChannelError:
            switch error {
            case .connectTimeout: return .timeout
            default: return .connectionClosed
            }
        case is SocketAddressError:
            return .hostNotFound(host)
        case let error as NIOSSLError:
            return .tls(tlsReason(String(describing: error)))
        case let error as BoringSSLError:
            return .tls(tlsReason(String(describing: error)))
        case let error as NIOSSLExtraError:
            if error == .failedToValidateHostname { return .tls("the server's certificate is not for \(host)") }
            return .tls(tlsReason(String(describing: error)))
        case let error as HTTPParserError:
            // The connection ended before the announced body was complete.
            if error == .invalidEOFState { return .connectionClosed }
            return .invalidResponse("the server sent a malformed HTTP response")
        case is NIOTooManyBytesError:
            return .invalidResponse("the response body is larger than \(HTTPTransport.maximumBodySize) bytes")
        default:
            return .connectionFailed(host: host, port: port, reason: String(describing: error))
        }
    }

    /// BoringSSL's reason in words, without its error codes and source paths.
    static func tlsReason(_ text: String) -> String {
        let known: [(String, String)] = [
            ("CERTIFICATE_VERIFY_FAILED", "the server's certificate is not signed by a trusted authority"),
            ("WRONG_VERSION_NUMBER", "the server does not speak TLS on this port"),
            ("TLSV1_ALERT_PROTOCOL_VERSION", "the server and kamaki share no TLS version"),
            ("NO_SHARED_CIPHER", "the server and kamaki share no cipher"),
            ("unableToValidateCertificate", "the server's certificate could not be validated"),
            ("uncleanShutdown", "the server closed the connection during the TLS handshake"),
        ]
        if let (_, words) = known.first(where: { text.contains($0.0) }) { return words }
        // Else BoringSSL's own reason: "error:1000007d:SSL routines:OPENSSL_internal:REASON at /path:line".
        if let range = text.range(of: "OPENSSL_internal:") {
            return text[range.upperBound...].prefix { $0 != " " && $0 != "]" }.lowercased().replacingOccurrences(of: "_", with: " ")
        }
        return text
    }

    private static func map(_ error: HTTPClientError) -> ClientError.Kind {
        switch error {
        case .connectTimeout, .readTimeout, .writeTimeout, .deadlineExceeded, .tlsHandshakeTimeout,
            .getConnectionFromPoolTimeout:
            return .timeout
        case .remoteConnectionClosed, .cancelled, .bodyLengthMismatch:
            return .connectionClosed
        case .invalidURL, .emptyHost, .emptyScheme:
            return .configuration("invalid URL")
        case .alreadyShutdown:
            return .configuration("the client has been shut down")
        default:
            return .invalidResponse(String(describing: error))
        }
    }

    /// A short reason for a connect failure, e.g. `network is unreachable`.
    private static func describe(_ error: any Error) -> String {
        if let io = error as? IOError, let text = strerror(io.errnoCode) {
            return String(cString: text).lowercased()
        }
        return String(describing: error)
    }

    /// The host and port a URL names (port 443/80 by scheme when absent).
    static func hostAndPort(_ url: String) -> (String, Int) {
        guard let components = URLComponents(string: url) else { return (url, 0) }
        let host = components.host ?? ""
        let port = components.port ?? (components.scheme?.lowercased() == "https" ? 443 : 80)
        return (host, port)
    }
}
