import GRDB
import LocalCloud

/// Direct writes to a running cloud's state file, for setups the API cannot make (Synnefo's `fac(...)` fixtures).
struct Fixtures {
    let path: String

    init(_ cloud: LocalCloud) {
        path = cloud.statePath
    }

    init(path: String) {
        self.path = path
    }

    func execute(_ sql: String, _ arguments: [String] = []) async throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try await queue.write { try $0.execute(sql: sql, arguments: StatementArguments(arguments)) }
        try queue.close()
    }
}
