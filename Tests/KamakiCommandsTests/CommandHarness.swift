import Foundation
import KamakiCommands
import KamakiTestSupport

/// Runs command lines in a private HOME (config, history, caches, embedded state), removed with the
/// last copy of the harness, and captures output.
struct CommandHarness {
    private let directory: TemporaryDirectory
    var home: String { directory.path }
    let runner: CommandRunner
    let session: SessionState?

    init(embedded: (any EmbeddedCloudLauncher)? = nil, session: SessionState? = nil, extraVariables: [String: String] = [:]) throws {
        directory = try TemporaryDirectory()
        let home = directory.path
        var variables = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache"]
        variables.merge(extraVariables) { $1 }
        runner = CommandRunner(environment: RunEnvironment(variables: variables, homeDirectory: home, embeddedCloud: embedded))
        self.session = session
    }

    /// A harness whose default cloud is the given URL and token.
    init(url: String, token: String, session: SessionState? = nil) throws {
        try self.init(session: session)
        try write(config: "[global]\ndefault_cloud = test\n\n[cloud \"test\"]\nurl = \(url)\ntoken = \(token)\n")
    }

    func write(config: String) throws {
        try config.write(toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
    }

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    func run(_ words: String...) async -> Result {
        await run(words)
    }

    /// - Parameter terminal: whether stdout and stderr act as terminals (which may be given colour).
    func run(_ words: [String], connection: CloudConnection? = nil, terminal: Bool = false) async -> Result {
        let output = BufferedOutput(colours: terminal, errorColours: terminal)
        let status = await runner.run(words, output: output, session: session, connection: connection)
        return Result(status: status, out: output.standard, err: output.error)
    }

    func file(_ relative: String) -> String? {
        FileManager.default.contents(atPath: home + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func mode(_ relative: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: home + "/" + relative))?[.posixPermissions] as? Int
    }
}

/// `key: value` lines of a dump, keyed by their trimmed key (first occurrence wins).
func fields(_ text: String) -> [String: String] { TutorialWalk.fields(text) }
