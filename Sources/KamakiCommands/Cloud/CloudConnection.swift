import Foundation
import KamakiClient
import Logging

/// The connection to one cloud for a run: one-shot commands use it once, the shell keeps it
/// for the whole session (authentication once, keep-alive connections).
///
/// Nothing touches the network until ``client()`` is first called, so help, `config` and
/// `history` stay offline.
public actor CloudConnection {
    /// The cloud chosen for this connection.
    public nonisolated let target: CloudTarget
    private let environment: RunEnvironment
    private let tls: (caCertificates: String?, insecure: Bool)
    private let httpLog: HTTPLogDetail
    private let output: any OutputSink
    private var cached: CloudClient?
    private var embedded: (any EmbeddedCloud)?
    private var starting: Task<CloudClient, any Error>?

    /// The completion cache of this cloud.
    public nonisolated let ids: IDCache

    public init(
        target: CloudTarget, environment: RunEnvironment, caCertificates: String?, insecure: Bool, httpLog: HTTPLogDetail,
        output: any OutputSink
    ) {
        self.target = target
        self.environment = environment
        self.tls = (caCertificates, insecure)
        self.httpLog = httpLog
        self.output = output
        self.ids = IDCache(path: IDCache.path(cacheDirectory: environment.cacheDirectory, cloud: target.name))
    }

    /// The client, authenticated lazily; starts the embedded cloud on first use when that is the target.
    /// Concurrent first calls share one start (the actor is re-entered while a start is in flight).
    public func client() async throws -> CloudClient {
        if let cached { return cached }
        if let starting { return try await starting.value }
        let start = Task { try await self.makeClient() }
        starting = start
        defer { starting = nil }
        let client = try await start.value
        cached = client
        return client
    }

    private func makeClient() async throws -> CloudClient {
        let configured: ClientConfiguration
        switch target {
        case .embedded:
            guard let launcher = environment.embeddedCloud else {
                throw CommandError(
                    "No cloud is configured",
                    details: ["  kamaki config set cloud.default.url <URL>", "  kamaki config set cloud.default.token <TOKEN>"])
            }
            let statePath = environment.embeddedStatePath
            announceEmbedded(statePath: statePath)
            let cloud = try await launcher.start(statePath: statePath)
            embedded = cloud
            configured = ClientConfiguration(
                identityURL: cloud.identityURL, token: cloud.token, cacheDirectory: nil, httpLog: httpLog)
        case .configured(let cloud):
            var made = ClientConfiguration(
                identityURL: cloud.url, token: cloud.token, serviceURLs: cloud.serviceURLs,
                caCertificatesPath: tls.caCertificates, insecure: tls.insecure,
                cacheDirectory: environment.cacheDirectory, httpLog: httpLog)
            made.credentials = cloud.credentials
            made.scope = cloud.scope
            made.region = cloud.region
            made.interface = cloud.interface
            configured = made
        }
        var configuration = configured
        configuration.sharesConnections = environment.sharesConnections
        let sink = output
        let logger = Logger(label: "kamaki") { _ in SinkLogHandler(output: sink) }
        return CloudClient(configuration: configuration, logger: logger)
    }

    /// Forgets the client and stops the embedded cloud, so that the next command starts afresh
    /// (after `local reset`, whose new seed has new tokens).
    public func restart() async {
        await close()
    }

    /// After a command's token was refused: when this is the embedded cloud and it is running,
    /// stops it and forgets its client and ids, so that the next call starts it again with the
    /// tokens its state holds now (another terminal's `local reset` seeds new ones). Returns
    /// whether it did; a configured cloud's refusal stands (its token is the user's to fix).
    public func recoverEmbeddedCredentials() async -> Bool {
        guard case .embedded = target, cached != nil else { return false }
        await close()
        ids.invalidateAll()
        return true
    }

    /// Shuts the client and the embedded cloud down.
    public func close() async {
        if let cached { await cached.shutdown() }
        cached = nil
        if let embedded { await embedded.stop() }
        embedded = nil
    }

    /// When this is the embedded cloud, says so now (once per state file) rather than when the
    /// cloud first starts: the shell calls it before its first prompt.
    public nonisolated func announceIfEmbedded() {
        if case .embedded = target { announceEmbedded(statePath: environment.embeddedStatePath) }
    }

    /// Says once per state file that the embedded cloud is in use and how to configure a real one.
    private nonisolated func announceEmbedded(statePath: String) {
        let marker = statePath + ".announced"
        guard !FileManager.default.fileExists(atPath: marker) else { return }
        output.note("Using the embedded local cloud (state: \(statePath)).")
        output.note("To use a real cloud: kamaki config set cloud.default.url <URL>; kamaki config set cloud.default.token <TOKEN>")
        PrivateFile.save([], to: marker)
    }
}
