import Foundation

/// Everything a ``CloudClient`` needs to reach one cloud.
///
/// ```swift
/// let configuration = ClientConfiguration(identityURL: "https://cloud.example/identity/v2.0", token: token)
/// let client = CloudClient(configuration: configuration)
/// ```
public struct ClientConfiguration: Sendable {
    /// The identity URL: Astakos's (`https://host/identity/v2.0`; `/v2.0` is added when missing) or
    /// Keystone's auth URL (`https://host:5000/v3`; `/v3` is added when a password or application
    /// credential is given without a version).
    public var identityURL: String
    /// How the client authenticates.
    public var credentials: IdentityCredentials
    /// The project a Keystone token is scoped to; nil: the user's default project.
    public var scope: ProjectScope?
    /// The catalog region to use (Keystone v3 catalogs list endpoints per region); nil: any.
    public var region: String?
    /// The catalog interface to use: `public` (the default), `internal` or `admin`.
    public var interface: String = "public"
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

    /// The configured token (``IdentityCredentials/token(_:)``); empty with the other methods. It is
    /// sent only in `X-Auth-Token` headers and the `/tokens` body.
    public var token: String {
        get {
            if case .token(let token) = credentials { return token }
            return ""
        }
        set { credentials = .token(newValue) }
    }

    /// Creates a configuration for any identity method.
    public init(
        identityURL: String, credentials: IdentityCredentials, scope: ProjectScope? = nil, region: String? = nil,
        interface: String = "public", cacheDirectory: String? = nil, httpLog: HTTPLogDetail = .off
    ) {
        self.init(identityURL: identityURL, token: "", cacheDirectory: cacheDirectory, httpLog: httpLog)
        self.credentials = credentials
        self.scope = scope
        self.region = region
        self.interface = interface
    }

    /// Creates a configuration; only the identity URL and the token are required.
    public init(
        identityURL: String, token: String, serviceURLs: [String: String] = [:], caCertificatesPath: String? = nil,
        insecure: Bool = false, connectTimeout: Duration = .seconds(5), requestTimeout: Duration = .seconds(30),
        cacheDirectory: String? = nil, httpLog: HTTPLogDetail = .off
    ) {
        self.identityURL = identityURL
        self.credentials = .token(token)
        self.serviceURLs = serviceURLs
        self.caCertificatesPath = caCertificatesPath
        self.insecure = insecure
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.cacheDirectory = cacheDirectory
        self.httpLog = httpLog
    }
}

extension ClientConfiguration {
    /// The identity URL the disk cache records: Synnefo's normalised one for a token (as it always
    /// was), Keystone's v3 base for the other methods.
    var cacheIdentityURL: String {
        if case .token = credentials { return ServiceCatalog.normalize(identityURL, service: "identity") }
        return KeystoneAuthentication.baseURL(identityURL)
    }

    /// Whether service calls need the identity reply's token even when every endpoint is overridden.
    var needsIssuedToken: Bool {
        if case .token = credentials { return false }
        return true
    }
}
