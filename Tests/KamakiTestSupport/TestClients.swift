import Foundation
import KamakiClient
import Testing

/// A client whose log and errors go to a transcript; HTTP bodies are logged so the token audit sees them.
public func makeClient(
    identityURL: String, token: String, cacheDirectory: String? = nil, serviceURLs: [String: String] = [:],
    requestTimeout: Duration = .seconds(30), httpLog: HTTPLogDetail = .bodies,
    clock: any Clock<Duration> = ContinuousClock()
) -> (CloudClient, Transcript) {
    let transcript = Transcript(token: token)
    let configuration = ClientConfiguration(
        identityURL: identityURL, token: token, serviceURLs: serviceURLs, requestTimeout: requestTimeout,
        cacheDirectory: cacheDirectory, httpLog: httpLog)
    return (CloudClient(configuration: configuration, logger: transcript.logger, clock: clock), transcript)
}

/// Runs `body`, expects a ``ClientError``, records its description in the transcript and returns it.
public func expectClientError<T>(
    _ transcript: Transcript, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> T
) async -> ClientError? {
    do {
        _ = try await body()
        Issue.record("expected a ClientError", sourceLocation: sourceLocation)
        return nil
    } catch let error as ClientError {
        transcript.record(error)
        return error
    } catch {
        transcript.record(error)
        Issue.record("expected a ClientError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
