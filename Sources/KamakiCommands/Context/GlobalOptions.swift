import ArgumentParser

/// Options every command accepts, in any position (kamaki-cli.md §1.2).
public struct GlobalOptions: ParsableArguments, Sendable {
    @Flag(name: [.customShort("V"), .customLong("version")], help: "Print the version and exit.")
    var version = false

    @Flag(name: [.customShort("d"), .customLong("debug")], help: "Log HTTP requests and responses with bodies to stderr.")
    var debug = false

    @Flag(name: [.customShort("v"), .customLong("verbose")], help: "HTTP request and response lines on stderr (-vv adds bodies).")
    var verbose: Int

    @Flag(name: .customLong("verbose-with-data"), help: "Like -vv: HTTP lines with bodies.")
    var verboseWithData = false

    @Option(
        name: [.customShort("c", allowingJoined: true), .customLong("config")],
        help: ArgumentHelp("Use this config file.", valueName: "FILE"), completion: .file())
    var configPath: String?

    @Option(
        name: [.customShort("o", allowingJoined: true), .customLong("options")],
        help: ArgumentHelp("Override a config option for this run: [section.]key=value, repeatable.", valueName: "KEY=VAL"))
    var overrides: [String] = []

    @Option(
        name: .customLong("cloud"), help: ArgumentHelp("Use this configured cloud (`local` is the embedded one).", valueName: "NAME"),
        completion: ConfigCompletion.clouds)
    var cloud: String?

    @Option(
        name: .customLong("os-cloud"), help: ArgumentHelp("Use this cloud of clouds.yaml (as OS_CLOUD does).", valueName: "NAME"),
        completion: ConfigCompletion.openStackClouds)
    var osCloud: String?

    @Flag(name: [.customShort("k"), .customLong("ignore-ssl"), .customLong("insecure")], help: "Do not verify TLS certificates.")
    var ignoreSSL = false

    @Option(name: .customLong("ca-certs"), help: ArgumentHelp("CA bundle for TLS verification.", valueName: "FILE"), completion: .file())
    var caCerts: String?

    public init() {}

    /// The parsed values, as a plain value the rest of the run reads.
    var settings: GlobalSettings {
        GlobalSettings(
            httpLogLevel: debug || verboseWithData || verbose >= 2 ? 2 : (verbose >= 1 ? 1 : 0),
            configPath: configPath, overrides: overrides, cloud: cloud, osCloud: osCloud, ignoreSSL: ignoreSSL, caCerts: caCerts)
    }
}

/// What the global options chose for a run; `GlobalSettings()` is a run without any of them
/// (the shell's usual start, which then needs no argument parsing at all).
struct GlobalSettings: Sendable {
    /// How much HTTP traffic to log: 0 none, 1 request and response lines, 2 with bodies.
    var httpLogLevel = 0
    var configPath: String?
    var overrides: [String] = []
    var cloud: String?
    /// `--os-cloud`: a clouds.yaml entry.
    var osCloud: String?
    var ignoreSSL = false
    var caCerts: String?

    /// Whether any option picks or changes the cloud (then a session's connection is not reused).
    var choosesCloud: Bool {
        cloud != nil || osCloud != nil || configPath != nil || !overrides.isEmpty || ignoreSSL || caCerts != nil || httpLogLevel > 0
    }

    /// Parses `-o` values into option paths (`global.key`, `cloud.NAME.key`, `section.key`) and values.
    func parsedOverrides() throws -> [(path: String, value: String)] {
        try overrides.map { item in
            guard let eq = item.firstIndex(of: "=") else {
                throw CommandError.usage(
                    "Invalid option override '\(item)'", details: ["Use -o KEY=VALUE, e.g. -o cloud.default.url=https://..."])
            }
            let path = String(item[..<eq])
            guard !path.isEmpty else { throw CommandError.usage("Invalid option override '\(item)': the key is empty") }
            return (path, String(item[item.index(after: eq)...]))
        }
    }
}

extension GlobalOptions {
    /// Whether `arguments` are only global options (so `kamaki --cloud lab` opens the shell).
    public static func accepts(_ arguments: [String]) -> Bool {
        (try? parse(separatingJoinedValues(arguments))) != nil
    }

    /// `-oKEY=VALUE` and `-cFILE` as two words each, as kamaki 0.16 (Python's argparse) reads them: the
    /// parser takes a joined short value only when it has no `=` (`-n1`), so `-ocloud.default.url=…` needs this.
    static func separatingJoinedValues(_ words: [String]) -> [String] {
        var result: [String] = []
        var literal = false
        for word in words {
            if !literal, word.count > 2, word.hasPrefix("-o") || word.hasPrefix("-c") {
                result += [String(word.prefix(2)), String(word.dropFirst(2))]
            } else {
                result.append(word)
            }
            if word == "--" { literal = true }
        }
        return result
    }
}
