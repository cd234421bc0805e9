import Foundation
import KamakiClient
import Synchronization

/// Everything a command may use: where to write, the cloud, the config, the shell's session.
public final class CommandContext: Sendable {
    /// Where results and notes go.
    public let output: any OutputSink
    /// The process environment.
    public let environment: RunEnvironment
    /// The config file as read (without `-o` overrides), for `config` commands.
    public let configFile: ConfigFile
    /// The config with `-o` overrides applied, for everything else.
    public let effectiveConfig: ConfigFile
    /// The shell's selections; nil for one-shot commands.
    public let session: SessionState?
    let global: GlobalSettings
    /// How structured output is printed (`--output-format`, `--column`); nil: the command has no such options.
    let presentation: Presentation?
    private let connectionState: Mutex<CloudConnection?>

    init(
        output: any OutputSink, environment: RunEnvironment, global: GlobalSettings, configFile: ConfigFile,
        effectiveConfig: ConfigFile, session: SessionState?, connection: CloudConnection?, presentation: Presentation? = nil
    ) {
        self.output = output
        self.environment = environment
        self.global = global
        self.configFile = configFile
        self.effectiveConfig = effectiveConfig
        self.session = session
        self.presentation = presentation
        self.connectionState = Mutex(connection)
    }

    /// The cloud connection, resolved on first use (so `config` and `history` never need one).
    public func connection() throws -> CloudConnection {
        if let existing = connectionState.withLock({ $0 }) { return existing }
        let target = try CloudTarget.resolve(
            config: effectiveConfig, cloudOption: global.cloud, osCloudOption: global.osCloud, environment: environment)
        let caCertificates = (global.caCerts ?? effectiveConfig.global("ca_certs")).map { $0.isEmpty ? $0 : environment.resolve($0) }
        let insecure = global.ignoreSSL || effectiveConfig.global("ignore_ssl") == "on"
        if case .configured = target, !insecure, let caCertificates, !caCertificates.isEmpty,
            !FileManager.default.isReadableFile(atPath: caCertificates)
        {
            throw CommandError(
                "CA certificates file \"\(caCertificates)\" cannot be read",
                details: [
                    "Give --ca-certs (or the ca_certs option) a PEM file of trusted certificates, e.g.",
                    "  kamaki config set ca_certs /etc/ssl/certs/ca-certificates.crt",
                ])
        }
        let created = CloudConnection(
            target: target, environment: environment, caCertificates: caCertificates, insecure: insecure,
            httpLog: [HTTPLogDetail.off, .headers, .bodies][global.httpLogLevel], output: output)
        return connectionState.withLock { state in
            if let state { return state }
            state = created
            return created
        }
    }

    /// The connection if one was made.
    var existingConnection: CloudConnection? { connectionState.withLock { $0 } }

    /// The authenticated client.
    public func client() async throws -> CloudClient {
        try await connection().client()
    }

    /// The completion cache of the cloud in use, if a cloud is in use.
    var ids: IDCache? { try? connection().ids }

    /// A renderer on this context's output.
    var render: Renderer { Renderer(output: output, presentation: presentation) }
}
