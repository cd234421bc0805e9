import Foundation

/// A `kamaki --command-server` child of the test (the built binary), with the lines it logs on
/// stderr: one "runs a command" and one "ran a command (status N)" per command it serves.
final class CommandServerProcess: @unchecked Sendable {
    let process = Process()
    /// The log so far; read and written under `changed`'s lock.
    private var log = ""
    private let changed = NSCondition()

    /// Starts the server with the `XDG_RUNTIME_DIR` of `environment` (the socket's folder) and
    /// waits until it listens.
    init(environment: [String: String]) throws {
        process.executableURL = URL(fileURLWithPath: BinaryRun.product("kamaki"))
        process.arguments = ["--command-server"]
        // What a client gives the server it starts: the socket's folder, nothing of its HOME.
        process.environment = environment.filter { ["XDG_RUNTIME_DIR", "PATH", "KAMAKI_COMMAND_SERVER_IDLE"].contains($0.key) }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let changed = self.changed
        // The reader holds the object until the server's stderr ends (it exits).
        let reader = Thread { [self] in
            while case let data = err.fileHandleForReading.availableData, !data.isEmpty {
                changed.lock()
                log += String(decoding: data, as: UTF8.self)
                changed.broadcast()
                changed.unlock()
            }
            changed.lock()
            log += "<end>\n"
            changed.broadcast()
            changed.unlock()
        }
        try process.run()
        reader.start()
        try waitForLog { $0.contains("listening on") }
    }

    /// What the server has logged so far.
    var text: String {
        changed.lock()
        defer { changed.unlock() }
        return log
    }

    /// How many commands the server has finished so far (its log may lag behind a client's exit:
    /// wait with ``waitForServed(_:)``).
    var served: Int { text.components(separatedBy: "ran a command").count - 1 }

    /// Waits until the server has logged `count` finished commands.
    func waitForServed(_ count: Int) throws {
        try waitForLog { $0.components(separatedBy: "ran a command").count - 1 >= count }
    }

    /// Waits until the log satisfies `condition` (the server's own lines are the synchronisation;
    /// the deadline only turns a hang into a failure).
    func waitForLog(_ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        changed.lock()
        defer { changed.unlock() }
        while !condition(log) {
            if log.hasSuffix("<end>\n") || !changed.wait(until: deadline) {
                throw ServerError(description: "the command server's log never matched; it says:\n\(log)")
            }
        }
    }

    /// Stops the server (SIGTERM) and waits for it.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        process.waitUntilExit()
    }

    struct ServerError: Error, CustomStringConvertible {
        var description: String
    }
}
