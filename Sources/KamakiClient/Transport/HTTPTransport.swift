internal import AsyncHTTPClient
import Foundation
import KamakiAPI
import Logging
internal import NIOCore
internal import NIOHTTP1
internal import NIOPosix
internal import NIOSSL
import Synchronization

/// The only place that talks to async-http-client: sends ``TransportRequest`` values on one
/// keep-alive client, applies the timeouts and the retry policy, logs in kamaki's shapes, and turns
/// every failure into a ``ClientError``.
final class HTTPTransport: Sendable {
    /// Response bodies larger than this are refused.
    static let maximumBodySize = 16 * 1024 * 1024
    /// Delays before the retries of an idempotent GET.
    static let retryDelays: [Duration] = [.milliseconds(200), .milliseconds(400)]

    private let client: HTTPClient
    private let requestTimeout: Duration
    let log: HTTPLogWriter
    private let clock: any Clock<Duration>
    private let sent = Mutex(0)
    private let isShutDown = Mutex(false)

    init(configuration: ClientConfiguration, logger: Logger, clock: any Clock<Duration>) {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let path = configuration.caCertificatesPath { tls.trustRoots = .file(path) }
        if configuration.insecure { tls.certificateVerification = .none }
        let timeouts = HTTPClient.Configuration.Timeout(
            connect: TimeAmount(configuration.connectTimeout), read: TimeAmount(configuration.requestTimeout))
        var http = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow, timeout: timeouts)
        // We retry GETs ourselves; a refused connection must fail the request at once.
        http.connectionPool.retryConnectionEstablishment = false
        http.httpVersion = .http1Only
        if configuration.sharesConnections {
            let key = SharedHTTPClients.Key(
                caCertificatesPath: configuration.caCertificatesPath, insecure: configuration.insecure,
                connectTimeout: configuration.connectTimeout, requestTimeout: configuration.requestTimeout)
            self.client = SharedHTTPClients.shared.client(for: key) {
                http.connectionPool.idleTimeout = SharedHTTPClients.idleTimeout
                return HTTPClient(eventLoopGroupProvider: .singleton, configuration: http)
            }
            isShutDown.withLock { $0 = true }
        } else {
            self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: http)
        }
        self.requestTimeout = configuration.requestTimeout
        self.log = HTTPLogWriter(logger: logger, detail: configuration.httpLog, secrets: configuration.credentials.secrets)
        self.clock = clock
    }

    deinit {
        // A client dropped without `shutdown()` still releases its connections.
        if !isShutDown.withLock({ $0 }) { client.shutdown { _ in } }
    }

    /// HTTP requests sent so far (each retry counts).
    var requestCount: Int { sent.withLock { $0 } }

    /// Shuts the HTTP client down; later calls do nothing, as do calls on a shared client.
    func shutdown() async {
        let first = isShutDown.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        try? await client.shutdown()
    }

    /// Sends a request; a GET is retried on connection failures and 502/503/504, up to twice.
    func send(_ request: TransportRequest) async throws -> TransportResponse {
        var attempt = 0
        while true {
            do {
                let response = try await sendOnce(request)
                if request.isIdempotentRead, [502, 503, 504].contains(response.status),
                    attempt < Self.retryDelays.count
                {
                    try await backOff(attempt, request, because: "\(response.status)")
                    attempt += 1
                    continue
                }
                return response
            } catch let error as ClientError where request.isIdempotentRead && attempt < Self.retryDelays.count {
                switch error.kind {
                case .connectionRefused, .connectionFailed, .connectionClosed:
                    try await backOff(attempt, request, because: error.description)
                    attempt += 1
                default:
                    throw error
                }
            }
        }
    }

    private func backOff(_ attempt: Int, _ request: TransportRequest, because reason: String) async throws {
        log.retry(request, reason: reason)
        try await clock.sleep(for: Self.retryDelays[attempt])
    }

    /// Sends a request once and reads the whole response.
    func sendOnce(_ request: TransportRequest) async throws -> TransportResponse {
        if let problem = RequestURL.problem(request.url) {
            throw ClientError(.configuration("Invalid URL \(request.url): \(problem)"), method: request.method, url: request.url)
        }
        var http = HTTPClientRequest(url: request.url)
        http.method = HTTPMethod(rawValue: request.method)
        var logged: [(String, String)] = []
        if let token = request.token {
            http.headers.add(name: "X-Auth-Token", value: token)
            logged.append(("X-Auth-Token", token))
        }
        for header in request.headers {
            http.headers.add(name: header.name, value: header.value)
            logged.append((header.name, header.value))
        }
        if let body = request.body {
            http.headers.add(name: "Content-Type", value: "application/json")
            // async-http-client writes Content-Length itself from the body's known length.
            logged.append(("Content-Type", "application/json"))
            logged.append(("Content-Length", String(body.count)))
            http.body = .bytes(ByteBuffer(bytes: body))
        }
        log.request(request, headers: logged)
        sent.withLock { $0 += 1 }
        do {
            // The timeout bounds the whole exchange: async-http-client's covers the response head,
            // and its read timeout only the gap between two reads of the body.
            let deadline = ContinuousClock.now + requestTimeout
            let response = try await client.execute(http, timeout: TimeAmount(requestTimeout))
            let length = response.headers.first(name: "Content-Length").flatMap { Int($0) }
            let body = try await Self.collect(response.body, length: length, before: deadline)
            let result = TransportResponse(
                status: Int(response.status.code),
                headers: response.headers.map { ($0.name, $0.value) },
                body: body)
            log.response(result, fallbackReason: response.status.reasonPhrase)
            return result
        } catch {
            if Task.isCancelled { throw CancellationError() }
            let failure = TransportErrorMapper.map(error, url: request.url)
            throw ClientError(failure, method: request.method, url: request.url)
        }
    }
}

extension HTTPTransport {
    /// A response body, whole, if it arrives before `deadline`: its parts are copied into one array as
    /// they arrive (sized once from `length`, the announced Content-Length), so a big body is never held
    /// twice, as one buffer and then its copy.
    static func collect(
        _ body: HTTPClientResponse.Body, length: Int?, before deadline: ContinuousClock.Instant
    ) async throws -> [UInt8] {
        try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            group.addTask {
                var bytes: [UInt8] = []
                if let length, length > 0 { bytes.reserveCapacity(min(length, maximumBodySize)) }
                for try await part in body {
                    guard bytes.count + part.readableBytes <= maximumBodySize else { throw NIOTooManyBytesError() }
                    bytes.append(contentsOf: part.readableBytesView)
                }
                return bytes
            }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else { throw HTTPClientError.deadlineExceeded }
            return buffer
        }
    }
}

extension TimeAmount {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
