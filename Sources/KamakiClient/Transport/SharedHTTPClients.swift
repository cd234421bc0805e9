internal import AsyncHTTPClient
import Foundation
internal import NIOCore
import Synchronization

/// The keep-alive HTTP clients a long-running process shares among its cloud clients, one per
/// TLS and timeout setting: the command server's commands reuse open connections (no new TCP or
/// TLS handshake per command). Never shut down; they live as long as the process.
final class SharedHTTPClients: Sendable {
    static let shared = SharedHTTPClients()
    /// How long an unused connection stays open: below the usual server keep-alive limits, so
    /// that a server seldom closes a connection just as a request is sent on it.
    static let idleTimeout = TimeAmount.seconds(20)

    struct Key: Hashable, Sendable {
        var caCertificatesPath: String?
        /// When the CA file last changed: a rewritten file gets a client with the new trust roots.
        var caCertificatesChanged: Int
        var insecure: Bool
        var connectTimeout: Duration
        var requestTimeout: Duration

        init(caCertificatesPath: String?, insecure: Bool, connectTimeout: Duration, requestTimeout: Duration) {
            self.caCertificatesPath = caCertificatesPath
            var status = stat()
            if let caCertificatesPath, stat(caCertificatesPath, &status) == 0 {
                caCertificatesChanged = status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec
            } else {
                caCertificatesChanged = 0
            }
            self.insecure = insecure
            self.connectTimeout = connectTimeout
            self.requestTimeout = requestTimeout
        }
    }

    private let clients = Mutex<[Key: HTTPClient]>([:])

    /// The client for `key`, made by `make` the first time.
    func client(for key: Key, make: () -> HTTPClient) -> HTTPClient {
        clients.withLock { clients in
            if let client = clients[key] { return client }
            let client = make()
            clients[key] = client
            return client
        }
    }
}
