import Foundation

/// Everything a ``CloudClient`` needs to reach one cloud.
///
/// ```swift
/// let configuration = ClientConfiguration(identityURL: "https://cloud.example/identity/v2.0", token: token)
/// let client = CloudClient(configuration: configuration)
/// ```
public struct ClientConfiguration: Sendable {
    /// The identity (Astakos) URL, e.g. `https://host/identity/v2.0`; `/v2.0` is added when missing.
    public var identityURL: String
    /// The user's token. It is sent only in `X-Auth-Token` headers and the `/tokens` body.
    public var token: String
    /// Endpoint overrides by service type (`network`, `compute`, `account`), used instead of the catalog.
    public var serviceURLs: [String: String]
    /// A PEM file of CA certificates to trust instead of the system's (kamaki's `ca_certs`).
    public var caCertificatesPath: String?
    /// Skips TLS certificate verification (kamaki's `ignore_ssl`).
    public var insecure: Bool
    /// How long establishing a connection may take.
    public var connectTimeout: Duration
    /// How long one request may take, from sending it to the end of the response body.
    public var requestTimeout: Duration
    /// Where the catalog cache lives; `nil` keeps it in memory only.
    public var cacheDirectory: String?
    /// How much of the HTTP traffic is logged.
    public var httpLog: HTTPLogDetail
    /// Whether this client uses the process's shared keep-alive connections (``SharedHTTPClients``)
    /// instead of its own, so that a long-running process (the command server) reuses them
    /// across clients.
    public var sharesConnections = false

    /// Creates a configuration; only the identity URL and the token are required.
    public init(
        identityURL: String, token: String, serviceURLs: [String: String] = [:], caCertificatesPath: String? = nil,
        insecure: Bool = false, connectTimeout: Duration = .seconds(5), requestTimeout: Duration = .seconds(30),
        cacheDirectory: String? = nil, httpLog: HTTPLogDetail = .off
    ) {
        self.identityURL = identityURL
        self.token = token
        self.serviceURLs = serviceURLs
        self.caCertificatesPath = caCertificatesPath
        self.insecure = insecure
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.cacheDirectory = cacheDirectory
        self.httpLog = httpLog
    }
}
