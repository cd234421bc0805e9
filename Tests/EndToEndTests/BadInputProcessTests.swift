import Foundation
import KamakiTestSupport
import Testing

/// Bad input to the built binaries that used to crash them, wrap around, or lose data.
@Suite(.temporaryDirectoriesPerTest) struct BadInputProcessTests {
    /// Runs under `timeout`, so a server that starts instead of refusing fails the test (124), not hangs it.
    static func bounded(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> BinaryRun.Output {
        try BinaryRun.run("/usr/bin/timeout", ["20", executable] + arguments, environment: environment)
    }

    @Test func serverOptionsOutOfRangeAreUsageErrors() throws {
        let environment = try BinaryRun.freshEnvironment()
        let state = try #require(environment["HOME"]) + "/cloud.sqlite"
        let kamaki = BinaryRun.product("kamaki")
        let cloud = BinaryRun.product("kamaki-cloud")
        for (arguments, message) in [
            (["--settle", "inf"], "The settle time must be from 0 to 86400 seconds, not inf"),
            (["--settle", "1e300"], "The settle time must be from 0 to 86400 seconds"),
            (["--settle", "nan"], "The settle time must be from 0 to 86400 seconds, not nan"),
            (["--settle=-5"], "The settle time must be from 0 to 86400 seconds, not -5.0"),
            (["--port", "99999"], "The port must be from 0 to 65535, not 99999"),
        ] {
            // SIGILL (exit 132) before; a port above 65535 wrapped around and the server started.
            let served = try Self.bounded(kamaki, ["local", "serve"] + arguments, environment: environment)
            #expect(served.status == 2, "local serve \(arguments): \(served.err)")
            #expect(served.err.contains(message), "local serve \(arguments): \(served.err)")
            let standalone = try Self.bounded(cloud, ["--state", state] + arguments, environment: environment)
            #expect(standalone.status == 64, "kamaki-cloud (EX_USAGE, as for its other usage errors) \(arguments): \(standalone.err)")
            #expect(standalone.err.contains(message), "kamaki-cloud \(arguments): \(standalone.err)")
        }
    }

    @Test func aDamagedEmbeddedStateSaysHowToStartAgainAndResetDoes() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        let folder = try #require(environment["XDG_STATE_HOME"]) + "/kamaki"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "garbage, not a database\n".write(toFile: folder + "/local.sqlite", atomically: true, encoding: .utf8)
        let broken = try Self.bounded(kamaki, ["network", "list"], environment: environment)
        #expect(broken.status == 1)
        #expect(broken.err.contains("The embedded local cloud's state file \(folder)/local.sqlite is damaged"), "\(broken.err)")
        #expect(broken.err.contains("|    kamaki local reset"), "\(broken.err)")
        let reset = try Self.bounded(kamaki, ["local", "reset"], environment: environment)
        #expect(reset.status == 0, "\(reset.err)")
        let listed = try Self.bounded(kamaki, ["network", "list"], environment: environment)
        #expect(listed.status == 0, "\(listed.err)")
        #expect(listed.out == "1 public_network ( public )\n")
    }

    @Test func configSetsRunningAtOnceAllLand() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        let processes = try (1...12).map { index in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: kamaki)
            process.arguments = ["config", "set", "cloud.c\(index).url", "http://cloud\(index).example/identity/v2.0"]
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let listed = try Self.bounded(kamaki, ["config", "list"], environment: environment)
        for index in 1...12 {
            #expect(listed.out.contains("cloud.c\(index).url http://cloud\(index).example/identity/v2.0"), "lost c\(index):\n\(listed.out)")
        }
    }
}
