import Foundation

/// Runs the built `kamaki` one-shot against the test OpenStack, in a HOME of its own (no kamakirc,
/// no clouds.yaml, no `OS_*` variable but those a test gives), and captures its output.
public struct OpenStackKamakiRun: Sendable {
    public var status: Int32
    public var out: String
    public var err: String

    /// A fresh environment in `home`: XDG folders inside it, the command server off, `/etc/openstack` moved
    /// inside it too, and none of this process's `OS_*` or `KAMAKI*` variables.
    public static func environment(home: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("KAMAKI") && !$0.key.hasPrefix("XDG_") && !$0.key.hasPrefix("OS_")
        }
        environment["HOME"] = home
        environment["XDG_STATE_HOME"] = home + "/.local/state"
        environment["XDG_CACHE_HOME"] = home + "/.cache"
        environment["XDG_CONFIG_HOME"] = home + "/.config"
        environment["KAMAKI_OPENSTACK_SYSTEM_CONFIG"] = home + "/etc-openstack"
        environment["KAMAKI_COMMAND_SERVER"] = "off"
        return environment
    }

    /// Runs `kamaki arguments` in `directory` (default: HOME) and waits for it; output goes through files, so
    /// neither stream can fill a pipe and stall the child.
    public static func run(_ arguments: [String], environment: [String: String], directory: String? = nil) throws -> Self {
        let home = environment["HOME"] ?? NSTemporaryDirectory()
        let outPath = home + "/.kamaki-run.out"
        let errPath = home + "/.kamaki-run.err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltProducts.path("kamaki"))
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? home)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return Self(status: process.terminationStatus, out: read(outPath), err: read(errPath))
    }
}
