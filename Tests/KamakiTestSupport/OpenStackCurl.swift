import Foundation

/// `curl -s ARGUMENTS` for the OpenStack suites' direct checks of the services (with a token, never
/// through kamaki): what it printed on standard output.
public enum OpenStackCurl {
    public static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s"] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
