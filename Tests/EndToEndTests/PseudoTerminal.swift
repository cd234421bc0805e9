import Foundation

/// A built executable on a pseudo-terminal of its own, read and written byte by byte. For what
/// must happen the moment something appears on the terminal: tmux polls its screen, which is
/// too slow to type "at once". Every wait has a deadline; nothing waits for a fixed time.
final class PseudoTerminal {
    private let master: Int32
    private let pid: pid_t
    private var exited: Int32?
    /// Everything the program wrote so far.
    private(set) var output: [UInt8] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(_ executable: String, arguments: [String] = [], environment: [String: String]) throws {
        // Linux's pseudo-terminal multiplexer; posix_openpt and friends are not in Swift's Glibc
        // module, so unlock and name the terminal with their ioctls (TIOCSPTLCK, TIOCGPTN).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw Failure(description: "no pseudo-terminal: errno \(errno)")
        }
        let name = "/dev/pts/\(number)"
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw Failure(description: "cannot open \(name): errno \(errno)") }
        defer { close(slave) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot start \(executable): error \(spawned)") }
        pid = child
    }

    deinit {
        if exited == nil {
            kill(pid, SIGKILL)
            _ = waitStatus(blocking: true)
        }
        close(master)
    }

    /// The output so far as text.
    var text: String { String(decoding: output, as: UTF8.self) }

    /// Types bytes.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { _ = Foundation.write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until the output contains `marker`; false at the deadline or when the program ends.
    func read(until marker: String, timeout: Duration = .seconds(30)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !text.contains(marker) {
            guard ContinuousClock.now < deadline, readAvailable(waitingMilliseconds: 50) else { return text.contains(marker) }
        }
        return true
    }

    /// Waits for the program to end, reading what it writes meanwhile; its exit status, or nil
    /// at the deadline.
    func waitForExit(timeout: Duration = .seconds(30)) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let status = waitStatus(blocking: false) { return status }
            _ = readAvailable(waitingMilliseconds: 20)
        }
        return nil
    }

    /// Reads what is there (waiting up to the given time for something); false once the
    /// terminal is closed on the program's side.
    private func readAvailable(waitingMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitingMilliseconds) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = Foundation.read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        output += buffer[..<count]
        return true
    }

    private func waitStatus(blocking: Bool) -> Int32? {
        if let exited { return exited }
        var status: Int32 = 0
        guard waitpid(pid, &status, blocking ? 0 : WNOHANG) == pid else { return nil }
        // Exited normally: the low 7 bits are 0 and the status is in the next 8.
        exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return exited
    }
}
