import Foundation
import KamakiTestSupport
import Testing

/// What the built `kamaki` does with this machine's files and processes: nothing from the current
/// folder changes what it runs, and what it starts inherits nothing private.
@Suite(.temporaryDirectoriesPerTest) struct LocalSafetyProcessTests {
    /// A folder with `kamaki` copied into `bin/` alone, and a `work/` folder holding a planted
    /// tutorial resource folder like the one SwiftPM lays beside a built binary.
    struct CopiedBinary {
        let root: String
        var bin: String { root + "/bin" }
        var work: String { root + "/work" }

        init() throws {
            root = NSTemporaryDirectory() + "kamaki-copied-\(UUID().uuidString)"
            let planted = root + "/work/kamaki_KamakiShell.resources"
            try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root + "/bin", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: BinaryRun.product("kamaki"), toPath: root + "/bin/kamaki")
            let json = """
                {"name": "network", "title": "PLANTED", "source": "x", "steps": [
                  {"command": "!touch planted-ran", "result": "x"}]}
                """
            try json.write(toFile: planted + "/network.json", atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func aCopiedBinaryHasItsTutorialAndIgnoresPlantedOnes() throws {
        let copy = try CopiedBinary()
        defer { copy.remove() }
        var environment = try BinaryRun.freshEnvironment()
        environment["PATH"] = copy.bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        // Started through PATH, from the planted folder: argv[0] is plain "kamaki".
        let run = try BinaryRun.run(
            "/bin/sh", ["-c", "kamaki"], environment: environment, input: "tutorial\n",
            directory: copy.work)
        #expect(run.out.contains("network  Networks"), "out: \(run.out) err: \(run.err)")
        #expect(!run.out.contains("PLANTED"))
    }

    @Test func systemCommandsInheritNoPrivateDescriptors() throws {
        let kamaki = BinaryRun.product("kamaki")
        let environment = try BinaryRun.freshEnvironment()
        // After a command, the shell holds keep-alive sockets and the event loop's descriptors.
        let script = "network list\n!for f in /proc/$$/fd/*; do readlink \"$f\"; done; echo fds-listed\n"
        let run = try BinaryRun.run(kamaki, [], environment: environment, input: script)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("fds-listed"))
        let leaked = run.out.split(separator: "\n").filter {
            $0.hasPrefix("socket:") || $0.hasPrefix("anon_inode:") || $0.hasSuffix(".sqlite")
        }
        #expect(leaked.isEmpty, "the child inherited: \(leaked)")
    }

    @Test func privateFilesReachTheDiskBeforeTheyReplaceTheOldOnes() throws {
        let lines = try Self.fileCalls(of: ["config", "set", "cloud.lab.token", "s3cr3t"])
        let renamed = try #require(lines.firstIndex { $0.contains("rename") && $0.contains(".kamakirc\"") }, "\(lines)")
        #expect(lines[..<renamed].contains { $0.contains("fsync(") }, "no fsync before \(lines[renamed])")
    }

    /// The id cache, rewritten by every list, is renamed into place without waiting for the disk
    /// (a cache a crash may cost; see `PrivateFile.Durability`), while the config above is synced.
    @Test func theIDCacheIsReplacedWithoutWaitingForTheDisk() throws {
        let lines = try Self.fileCalls(of: ["network", "list"])
        #expect(lines.contains { $0.contains("rename") && $0.contains("/ids-local.json\"") }, "the list wrote no id cache: \(lines)")
        let synced = lines.filter { ($0.contains("fsync(") || $0.contains("fdatasync(")) && $0.contains("ids-local.json") }
        #expect(synced.isEmpty, "\(synced)")
    }

    /// The syncs and renames (with the paths of their descriptors) of one `kamaki` command in a
    /// fresh environment, as strace saw them.
    private static func fileCalls(of arguments: [String]) throws -> [Substring] {
        let strace = "/usr/bin/strace"
        try #require(FileManager.default.isExecutableFile(atPath: strace), "strace is missing: make test installs it")
        let environment = try BinaryRun.freshEnvironment()
        let trace = try #require(environment["HOME"]) + "/trace"
        let run = try BinaryRun.run(
            strace,
            ["-f", "-y", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2", "-o", trace, BinaryRun.product("kamaki")] + arguments,
            environment: environment)
        #expect(run.status == 0, "\(run.err)")
        return try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
    }
}
