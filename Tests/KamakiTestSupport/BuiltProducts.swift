import Foundation

/// Where the build put this package's executables (what `swift build --show-bin-path` prints), so
/// tests find them whatever the configuration, triple or scratch path.
public enum BuiltProducts {
    /// `KAMAKI_BIN_PATH` when set (to test other builds' products), else the folder of the test
    /// bundle that is running (on Linux, the test executable), which the same build wrote next to them.
    public static let directory: String = {
        if let path = ProcessInfo.processInfo.environment["KAMAKI_BIN_PATH"], !path.isEmpty { return path }
        let bundle =
            Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
            ?? Bundle.main.executableURL
            ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.resolvingSymlinksInPath().deletingLastPathComponent().path
    }()

    /// The release build's folder: `KAMAKI_RELEASE_BIN_PATH` when set, else the `release` folder
    /// for the same triple in the scratch folder `make release` uses (`.build-release`, beside
    /// the debug build's `.build`: the Makefile's RELEASE_SCRATCH).
    public static let releaseDirectory: String = {
        if let path = ProcessInfo.processInfo.environment["KAMAKI_RELEASE_BIN_PATH"], !path.isEmpty { return path }
        let triple = URL(fileURLWithPath: directory).deletingLastPathComponent()
        let root = triple.deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build-release").appendingPathComponent(triple.lastPathComponent)
            .appendingPathComponent("release").path
    }()

    /// The built executable `name`.
    public static func path(_ name: String) -> String { directory + "/" + name }

    /// Whether `name` is built.
    public static func isBuilt(_ name: String) -> Bool { FileManager.default.isExecutableFile(atPath: path(name)) }
}
