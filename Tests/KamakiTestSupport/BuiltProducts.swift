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
    /// next to ``directory`` (SwiftPM puts `debug` and `release` side by side).
    public static let releaseDirectory: String = {
        if let path = ProcessInfo.processInfo.environment["KAMAKI_RELEASE_BIN_PATH"], !path.isEmpty { return path }
        return URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent("release").path
    }()

    /// The built executable `name`.
    public static func path(_ name: String) -> String { directory + "/" + name }

    /// Whether `name` is built.
    public static func isBuilt(_ name: String) -> Bool { FileManager.default.isExecutableFile(atPath: path(name)) }
}
