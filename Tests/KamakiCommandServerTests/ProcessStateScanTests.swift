import Foundation
import Testing

/// Library code never reads process-wide state (environment, current folder, umask, time zone,
/// home, whether the process's own stdin/stdout/stderr are terminals) except through
/// `RunEnvironment`: the command server runs library code for many clients in one process, so
/// such a read would see the server's state, not the client's. Only `RunEnvironment` and the
/// executables (which build one) may read it.
@Suite struct ProcessStateScanTests {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// What reads process-wide state (ICU regular expressions).
    static let forbidden: [(name: String, pattern: String)] = [
        ("getenv", #"\b(getenv|secure_getenv|setenv|unsetenv|putenv)\s*\("#),
        ("environ", #"(?<![A-Za-z_.])environ\b"#),
        ("ProcessInfo environment", #"ProcessInfo\s*\.\s*processInfo\s*\.\s*environment"#),
        ("current folder", #"\b(getcwd|get_current_dir_name)\s*\(|currentDirectoryPath"#),
        ("umask", #"\bumask\s*\("#),
        (
            "time zone",
            #"TimeZone\s*\.\s*(current|autoupdatingCurrent)\b|NSTimeZone\s*\.\s*(local|system|default)\b|\btzset\s*\(|Calendar\s*\.\s*current\b"#
        ),
        ("home", #"NSHomeDirectory\s*\(|homeDirectoryForCurrentUser"#),
        ("own terminal", #"\bisatty\s*\(\s*(0|1|2|STDIN_FILENO|STDOUT_FILENO|STDERR_FILENO)\s*\)"#),
    ]

    /// Files that may: `RunEnvironment` (it is where a run's state comes from) and the executables.
    static func allowed(_ path: String) -> Bool {
        path == "Sources/KamakiCommands/Environment/RunEnvironment.swift"
            || ["Sources/kamaki/", "Sources/kamaki-cloud/", "Sources/kamaki-bench/", "Sources/kamaki-shell-bench/"].contains {
                path.hasPrefix($0)
            }
    }

    /// `path: line: text` for each forbidden read in the Swift files under Sources/ (comments skipped).
    static func violations(in root: String) throws -> [String] {
        var found: [String] = []
        let expressions = try forbidden.map { ($0.name, try NSRegularExpression(pattern: $0.pattern)) }
        let sources = root + "/Sources"
        let files = try #require(FileManager.default.enumerator(atPath: sources)).compactMap { $0 as? String }.filter {
            $0.hasSuffix(".swift")
        }
        for file in files.sorted() {
            let relative = "Sources/" + file
            guard !allowed(relative) else { continue }
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                let range = NSRange(code.startIndex..., in: code)
                for (name, expression) in expressions where expression.firstMatch(in: code, range: range) != nil {
                    found.append("\(relative):\(number + 1): \(name): \(code)")
                }
            }
        }
        return found
    }

    @Test func libraryCodeReadsProcessStateOnlyThroughRunEnvironment() throws {
        let found = try Self.violations(in: Self.packageRoot)
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    /// The scan sees real files: it walks Sources/, it finds a `getenv` added to a library file, and
    /// it lets RunEnvironment and the executables be.
    @Test func theScanFindsAReadAddedToALibraryFile() throws {
        let root = NSTemporaryDirectory() + "kamaki-scan-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let library = root + "/Sources/KamakiClient/Transport"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/Sources/kamaki", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/Sources/KamakiCommands/Environment", withIntermediateDirectories: true)
        let real = try String(contentsOfFile: Self.packageRoot + "/Sources/KamakiClient/Transport/HTTPTransport.swift", encoding: .utf8)
        try real.write(toFile: library + "/HTTPTransport.swift", atomically: true, encoding: .utf8)
        #expect(try Self.violations(in: root).isEmpty)
        try (real + "\nlet proxy = getenv(\"http_proxy\")\n").write(
            toFile: library + "/HTTPTransport.swift", atomically: true, encoding: .utf8)
        let found = try Self.violations(in: root)
        #expect(found.count == 1 && found[0].hasPrefix("Sources/KamakiClient/Transport/HTTPTransport.swift:"), "\(found)")
        for (name, read) in [
            ("umask", "let m = umask(0)"), ("environ", "let e = environ"), ("own terminal", "let t = isatty(1) == 1"),
            ("time zone", "let z = TimeZone.current"), ("current folder", "let d = FileManager.default.currentDirectoryPath"),
        ] {
            try "\(read)\n".write(toFile: library + "/Other.swift", atomically: true, encoding: .utf8)
            #expect(try Self.violations(in: root).contains { $0.contains("Other.swift:1: \(name):") }, "\(read)")
        }
        try "let e = getenv(\"HOME\")\n".write(toFile: root + "/Sources/kamaki/main.swift", atomically: true, encoding: .utf8)
        try "let e = getenv(\"HOME\")\n".write(
            toFile: root + "/Sources/KamakiCommands/Environment/RunEnvironment.swift", atomically: true, encoding: .utf8)
        #expect(try Self.violations(in: root).allSatisfy { !$0.contains("main.swift") && !$0.contains("RunEnvironment.swift") })
    }
}
