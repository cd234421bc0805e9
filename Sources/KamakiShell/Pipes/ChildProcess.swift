import Foundation
import Synchronization

/// A child of the shell (``SystemCommand/spawn(_:descriptors:)``): whether it has ended can be
/// asked without blocking (from the loop that waits for a command), and it is waited for once.
final class ChildProcess: Sendable {
    let pid: pid_t
    /// `waitpid`'s status once the child is reaped.
    private let reaped = Mutex<Int32?>(nil)

    init(pid: pid_t) {
        self.pid = pid
    }

    /// Whether the child has ended (reaping it if so).
    var hasExited: Bool {
        reaped.withLock { reaped in
            if reaped != nil { return true }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { reaped = status }
            return reaped != nil
        }
    }

    /// Waits for the child to end; its exit status (128+N when killed by signal N).
    /// `terminal`: the terminal is attached, where a Ctrl-C's `^C` needs a new line.
    func wait(terminal: Bool) -> Int32 {
        if let status = reaped.withLock({ $0 }) { return SystemCommand.exitStatus(status, terminal: terminal) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 1 }
        }
        reaped.withLock { $0 = status }
        return SystemCommand.exitStatus(status, terminal: terminal)
    }
}

/// The write end of a pipe to a child, and the read end the child gets.
struct ChildPipe {
    let read: Int32
    let write: Int32

    /// A pipe whose ends are closed on exec (glibc's pipe2 is not visible to Swift: each end is
    /// moved to a close-on-exec number) and numbered 10 or above, so mapping the read end onto
    /// a child's 0 or 3 is never a no-op that would leave it closed on exec.
    static func make() -> ChildPipe? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        let (read, write) = (fcntl(ends[0], F_DUPFD_CLOEXEC, 10), fcntl(ends[1], F_DUPFD_CLOEXEC, 10))
        close(ends[0])
        close(ends[1])
        guard read >= 0, write >= 0 else {
            if read >= 0 { close(read) }
            if write >= 0 { close(write) }
            return nil
        }
        return ChildPipe(read: read, write: write)
    }

    /// Closes the write end once the command writing to it has ended, so the child reads the end
    /// of its input. `abandoned`: the command is still running in the background and may write
    /// again; the number then stays open on `/dev/null` (writes go nowhere, the pipe is closed),
    /// never a number another file may get.
    static func closeWriteEnd(_ fd: Int32, abandoned: Bool) {
        guard abandoned else {
            close(fd)
            return
        }
        let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
        guard null >= 0 else { return }
        dup2(null, fd)
        close(null)
    }
}
