import Foundation
import KamakiTestSupport

/// One client of the differential test: its executable, its own HOME and the values its corpus lines use.
struct DifferentialSide: Sendable {
    var executable: String
    var environment: [String: String]
    /// Placeholder name to value: URL, TOKEN, TOKEN2, HOME.
    var values: [String: String]
    /// This side's values back to their names, longest first (the URL before the base it starts with).
    var comparison: DifferentialComparison

    init(executable: String, environment: [String: String], home: String, cloud: LocalCloudProcess) {
        self.executable = executable
        self.environment = environment
        values = ["URL": cloud.url, "TOKEN": cloud.tokens[0], "TOKEN2": cloud.tokens[1], "HOME": home]
        comparison = DifferentialComparison(sideValues: [(cloud.base, "BASE"), (home, "HOME")])
    }

    /// kamaki 0.16 with a HOME of its own.
    static func kamaki016(home: String, cloud: LocalCloudProcess) throws -> DifferentialSide {
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        return DifferentialSide(executable: Kamaki016.executable ?? Kamaki016.installed, environment: environment, home: home, cloud: cloud)
    }

    /// The built `kamaki`, one-shot (no command server), with a HOME and XDG folders of its own.
    static func ours(home: String, cloud: LocalCloudProcess) throws -> DifferentialSide {
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("KAMAKI") && !$0.key.hasPrefix("XDG_") }
        environment["HOME"] = home
        environment["XDG_STATE_HOME"] = home + "/.local/state"
        environment["XDG_CACHE_HOME"] = home + "/.cache"
        environment["KAMAKI_COMMAND_SERVER"] = "off"
        return DifferentialSide(executable: BinaryRun.product("kamaki"), environment: environment, home: home, cloud: cloud)
    }

    /// Runs one corpus line (its placeholders replaced) on a thread of its own.
    func run(_ words: [String]) async throws -> BinaryRun.Output {
        let arguments = DifferentialCorpus.substituted(words, values: values)
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try BinaryRun.run(executable, arguments, environment: environment) })
            }
        }
    }
}
