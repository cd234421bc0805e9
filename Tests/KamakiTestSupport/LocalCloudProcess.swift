import Foundation
import Synchronization

/// A `kamaki-cloud` child process (the built binary), with the `url:` and `token:` lines it printed.
public final class LocalCloudProcess: Sendable {
    /// The identity URL, ending in `/identity/v2.0`.
    public let url: String
    /// The tokens, tutorial user first.
    public let tokens: [String]
    /// The child's process id.
    public let pid: Int32
    private let process: Mutex<Process>

    /// The built `kamaki-cloud`.
    public static var binaryPath: String { BuiltProducts.path("kamaki-cloud") }

    /// The base URL, `http://127.0.0.1:<port>`.
    public var base: String { url.replacingOccurrences(of: "/identity/v2.0", with: "") }

    private init(url: String, tokens: [String], process: Process) {
        self.url = url
        self.tokens = tokens
        self.pid = process.processIdentifier
        self.process = Mutex(process)
    }

    /// Starts the binary with `arguments` and waits for its `url:` line and two `token:` lines.
    public static func launch(_ arguments: [String]) async throws -> LocalCloudProcess {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try blockingLaunch(arguments) })
            }
        }
    }

    private static func blockingLaunch(_ arguments: [String]) throws -> LocalCloudProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binaryPath)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        var url: String?
        var tokens: [String] = []
        while tokens.count < 2 {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty {
                process.waitUntilExit()
                throw LaunchError(description: "kamaki-cloud exited (\(process.terminationStatus)) before printing its tokens")
            }
            text += String(decoding: data, as: UTF8.self)
            let lines = text.split(separator: "\n")
            url = lines.first { $0.hasPrefix("url: ") }.map { String($0.dropFirst(5)) }
            tokens = lines.filter { $0.hasPrefix("token: ") }.map { String($0.dropFirst(7)) }
        }
        guard let url else { throw LaunchError(description: "kamaki-cloud printed no url line") }
        return LocalCloudProcess(url: url, tokens: tokens, process: process)
    }

    /// Sends `signal` (e.g. `SIGKILL`, `SIGTERM`) and waits for the child to exit; returns its status.
    @discardableResult
    public func stop(signal: Int32 = SIGTERM) -> Int32 {
        process.withLock { process in
            if process.isRunning { kill(process.processIdentifier, signal) }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    deinit {
        process.withLock { process in
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
        }
    }

    /// Why the child could not be started.
    public struct LaunchError: Error, CustomStringConvertible {
        public var description: String
    }
}
