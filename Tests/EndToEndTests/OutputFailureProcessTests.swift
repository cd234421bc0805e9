import Foundation
import KamakiTestSupport
import Testing

/// Standard output that cannot be written: a full device is an error; a reader that went away
/// (`| head -1`) ends the command quietly with status 141, as a process killed by SIGPIPE reports,
/// in a process of its own and in the command server alike.
@Suite(.temporaryDirectoriesPerTest) struct OutputFailureProcessTests {
    /// Runs kamaki with standard output `stdout` (a descriptor of this process), stderr captured.
    static func run(_ arguments: [String], stdout: FileHandle, environment: [String: String]) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRun.product("kamaki"))
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        let err = Pipe()
        process.standardError = err
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs `body` in a process of its own, then served by a command server (checked in its log).
    static func inBothModes(_ body: (String, [String: String]) throws -> Int) throws {
        let plain = try BinaryRun.freshEnvironment()
        _ = try body("own process", plain)
        let served = try plain.withCommandServer()
        let server = try CommandServerProcess(environment: served)
        defer { server.stop() }
        let count = try body("served", served)
        try server.waitForServed(count)
    }

    @Test func aFullDeviceIsAnError() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        try Self.inBothModes { mode, environment in
            let commands = [["server", "list"], ["config", "list"]]
            for arguments in commands {
                let run = try Self.run(arguments, stdout: full, environment: environment)
                #expect(run.status == 1, "\(mode) \(arguments): \(run.err)")
                #expect(run.err.contains("cannot write the output: No space left on device"), "\(mode) \(arguments): \(run.err)")
            }
            return commands.count
        }
    }

    @Test func aClosedPipeEndsQuietlyWith141() throws {
        try Self.inBothModes { mode, environment in
            let commands = [["server", "list"], ["config", "list"], ["network", "list", "-l"]]
            for arguments in commands {
                let pipe = Pipe()
                try pipe.fileHandleForReading.close()
                let run = try Self.run(arguments, stdout: pipe.fileHandleForWriting, environment: environment)
                #expect(run.status == 141, "\(mode) \(arguments): \(run.err)")
                // Quiet: the embedded cloud's first-use note at most, no error.
                #expect(!run.err.contains("rror") && !run.err.contains("cannot write"), "\(mode) \(arguments): \(run.err)")
            }
            return commands.count
        }
    }
}
