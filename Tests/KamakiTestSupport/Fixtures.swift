import GRDB
import LocalCloud

/// Direct writes to a running cloud's state file, for setups the API cannot make (Synnefo's `fac(...)` fixtures).
public struct Fixtures {
    public let path: String

    public init(_ cloud: LocalCloud) {
        path = cloud.statePath
    }

    public init(_ cloud: InProcessCloud) {
        path = cloud.statePath
    }

    public init(path: String) {
        self.path = path
    }

    public func execute(_ sql: String, _ arguments: [String] = []) async throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try await queue.write { try $0.execute(sql: sql, arguments: StatementArguments(arguments)) }
        try queue.close()
    }
}
