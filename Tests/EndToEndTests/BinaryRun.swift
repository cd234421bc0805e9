import Foundation
import KamakiTestSupport

/// Runs a built executable of this package as a child process and captures its output.
struct BinaryRun {
    /// The package root, from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A built product.
    static func product(_ name: String) -> String { BuiltProducts.path(name) }

    struct Output {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs `executable` with `arguments`, an environment, and optional standard input; waits for it.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], input: String? = nil, directory: String? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let errData = SendableBox<Data>()
        let group = DispatchGroup()
        group.enter()
        Thread.detachNewThread {
            errData.value = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData.value ?? Data(), as: UTF8.self))
    }

    /// A fresh HOME with XDG folders inside it: no configuration at all, no command server. The HOME is removed
    /// when the test case ends (its suite has the `.temporaryDirectoriesPerTest` trait).
    static func freshEnvironment() throws -> [String: String] {
        let home = try TestScopedDirectories.make(prefix: "kamaki-e2e")
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("KAMAKI") && !$0.key.hasPrefix("XDG_") }
        environment["HOME"] = home
        environment["XDG_STATE_HOME"] = home + "/.local/state"
        environment["XDG_CACHE_HOME"] = home + "/.cache"
        // Each test process runs its own command; the command server's tests turn it on.
        environment["KAMAKI_COMMAND_SERVER"] = "off"
        return environment
    }

    /// A fresh environment whose config has one cloud, `name`, at `url` with `token`.
    static func freshEnvironment(cloud url: String, token: String, name: String = "default") throws -> [String: String] {
        let environment = try freshEnvironment()
        let home = environment["HOME"] ?? ""
        try "[cloud \"\(name)\"]\nurl = \(url)\ntoken = \(token)\n".write(
            toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
        return environment
    }
}

extension [String: String] {
    /// This environment with the command server on, its socket in a new private folder (mode 0700, made by
    /// `mkdtemp`), removed when the test case ends.
    func withCommandServer() throws -> [String: String] {
        var environment = self
        let folder = try TestScopedDirectories.make(prefix: "kamaki-run")
        environment["XDG_RUNTIME_DIR"] = folder
        environment["KAMAKI_COMMAND_SERVER"] = "on"
        // A server a test's command starts must not outlive the test run by long.
        environment["KAMAKI_COMMAND_SERVER_IDLE"] = "30"
        return environment
    }
}

/// A value set by one thread and read by another after a synchronisation point.
final class SendableBox<Value>: @unchecked Sendable {
    var value: Value?
}
