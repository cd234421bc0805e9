public import KamakiAPI
public import Logging

/// The client of one Synnefo/OpenStack cloud: identity, networks, subnets, ports, floating IPs,
/// servers, quotas and waits, over one keep-alive HTTP client.
///
/// ```swift
/// let client = CloudClient(configuration: ClientConfiguration(identityURL: url, token: token))
/// defer { Task { await client.shutdown() } }
/// for network in try await client.listNetworks() { print(network.id, network.name) }
/// ```
///
/// The token reply is cached in memory and on disk (see ``ClientConfiguration/cacheDirectory``), so a
/// warm call makes exactly one HTTP request. A 401 from a service drops the cache, authenticates
/// once more and retries the request once. Call ``shutdown()`` when done.
public final class CloudClient: Sendable {
    let configuration: ClientConfiguration
    let logger: Logger
    let clock: any Clock<Duration>
    let transport: HTTPTransport
    let identity: IdentityStore
    /// What this client learned about an OpenStack cloud (the compute microversion).
    let openStack = OpenStackState()

    /// Creates a client; nothing is sent until the first call.
    public init(
        configuration: ClientConfiguration, logger: Logger = Logger(label: "kamaki.client"),
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.configuration = configuration
        self.logger = logger
        self.clock = clock
        let transport = HTTPTransport(configuration: configuration, logger: logger, clock: clock)
        self.transport = transport
        let cache = configuration.cacheDirectory.map { directory in
            TokenCache(
                directory: directory, identityURL: configuration.cacheIdentityURL,
                key: TokenCache.key(
                    for: configuration.credentials, scope: configuration.scope, region: configuration.region,
                    interface: configuration.interface),
                forbidden: configuration.token)
        }
        self.identity = IdentityStore(cache: cache) {
            try await Self.identify(transport: transport, configuration: configuration)
        }
    }

    /// Shuts the HTTP client down. Later calls fail with a configuration error; calling it again does nothing.
    public func shutdown() async {
        await transport.shutdown()
    }

    /// HTTP requests sent by this instance, retries included.
    public var requestCount: Int { transport.requestCount }

    // MARK: - Identity

    /// The token reply: from memory, else from the disk cache, else from `POST /tokens`.
    /// `access.token.id` is never included.
    public func access() async throws -> Access {
        try await identity.current().access
    }

    /// Sends `POST /tokens` now and refreshes the caches.
    public func authenticate() async throws -> Access {
        try await identity.authenticate().access
    }

    /// The token this client authenticates with, for a command whose point is to show it (`user authenticate`
    /// with JSON output); nothing else reads it.
    public var token: String { configuration.token }

    /// `POST /tokens` with another token (`user authenticate TOKEN`), neither cached nor kept: the reply, `token.id`
    /// included; a rejected token is an authentication error.
    public func authenticate(otherToken token: String) async throws -> Access {
        let identityURL = ServiceCatalog.normalize(configuration.identityURL, service: "identity")
        return Self.withTokenID(try await Self.requestToken(transport: transport, identityURL: identityURL, token: token), token)
    }

    /// `access` with `token.id` set to `token`.
    public static func withTokenID(_ access: Access, _ token: String) -> Access {
        var raw = access.raw
        var tokenObject = raw["token"]?.objectValue ?? JSONObject()
        tokenObject["id"] = .string(token)
        raw["token"] = .object(tokenObject)
        return Access(raw: raw)
    }

    /// Authenticates as the configuration says. A token goes to Synnefo's `POST {identity}/tokens`
    /// first (a Synnefo cloud's cold path stays one request); when that is a 404, to Keystone v3's
    /// `POST {auth_url}/auth/tokens` with the `token` method. The other methods are Keystone's.
    static func identify(transport: HTTPTransport, configuration: ClientConfiguration) async throws -> IdentityReply {
        let keystone = KeystoneAuthentication.baseURL(configuration.identityURL)
        guard case .token(let token) = configuration.credentials else {
            return try await KeystoneAuthentication.requestToken(
                transport: transport, baseURL: keystone, credentials: configuration.credentials, scope: configuration.scope)
        }
        let identityURL = ServiceCatalog.normalize(configuration.identityURL, service: "identity")
        do {
            return IdentityReply(access: try await requestToken(transport: transport, identityURL: identityURL, token: token))
        } catch let synnefo as ClientError where synnefo.status == 404 {
            do {
                return try await KeystoneAuthentication.requestToken(
                    transport: transport, baseURL: keystone, credentials: configuration.credentials, scope: configuration.scope)
            } catch let keystone as ClientError where keystone.status == 404 {
                // Neither speaks here: the Synnefo 404 is the one a Synnefo user recognises.
                throw synnefo
            }
        }
    }

    /// `POST {identity}/tokens` with `{"auth":{"token":{"id":T}}}`; a 401 is an authentication error.
    static func requestToken(transport: HTTPTransport, identityURL: String, token: String) async throws -> Access {
        let url = identityURL + "/tokens"
        let body = JSON.object(
            JSONObject([
                ("auth", .object(JSONObject([("token", .object(JSONObject([("id", .string(token))])))])))
            ]))
        let request = TransportRequest(method: "POST", url: url, token: token, body: body.serializedBytes())
        let response = try await transport.send(request)
        switch response.status {
        case 200:
            let json = try ResponseDecoder.parse(response, request: request, redact: transport.log.redact)
            guard let raw = json?["access"]?.objectValue else {
                throw ClientError(.invalidResponse("the token reply has no 'access' object"), method: "POST", url: url)
            }
            return TokenCache.withoutToken(Access(raw: raw))
        case 401:
            let fault = ResponseDecoder.fault(response)
            let message = fault.map { $0.message.isEmpty ? $0.name : $0.message } ?? "the token was rejected"
            throw ClientError(.authentication(transport.log.redact(message)), method: "POST", url: url)
        default:
            throw ResponseDecoder.httpError(response, request: request, redact: transport.log.redact)
        }
    }
}
