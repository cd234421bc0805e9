// termios: CEditLine's shim includes <termios.h>, so in a release build the type is that module's.
import CEditLine
import Foundation
import KamakiCommands

/// `!cmd`: runs a line through `/bin/sh -c` with the terminal attached (interactive programs
/// work) and no other descriptor of the shell's, waits for it, and restores the terminal's modes
/// afterwards. Pipes (``PipedCommand``) and the pager (``PagerOutput``) start theirs the same way.
enum SystemCommand {
    /// Runs the command; returns its exit status (128+N when killed by signal N).
    static func run(_ command: String) -> Int32 {
        let modes = TerminalModes.save()
        defer {
            modes.restore()
            _ = Interrupt.take()
        }
        guard let pid = spawn(command) else { return 127 }
        return wait(pid, terminal: modes.saved != nil)
    }

    /// Starts `/bin/sh -c command` with this process's environment, the terminal (0, 1, 2) and
    /// `descriptors` (this process's descriptor → the child's: a pipe's end → 0) and nothing else
    /// of the shell's: not its keep-alive sockets, event-loop descriptors or open files. Its
    /// process group is the shell's, the terminal's foreground one: the terminal's Ctrl-C reaches
    /// it as it reaches the shell. Nil when it could not be started.
    static func spawn(_ command: String, descriptors: [(from: Int32, to: Int32)] = []) -> pid_t? {
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        // The shell's environment, as RunEnvironment read it for this process.
        var envp: [UnsafeMutablePointer<CChar>?] = RunEnvironment.processEntries().map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (from, to) in descriptors { posix_spawn_file_actions_adddup2(&actions, from, to) }
        let kept = Set(descriptors.map(\.to))
        for fd in openDescriptors() where fd > 2 && !kept.contains(fd) { posix_spawn_file_actions_addclose(&actions, fd) }
        // kamaki ignores SIGPIPE (a closed pipe is an error it handles); the command gets the default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp) == 0 else { return nil }
        return pid
    }

    /// Waits for a child started by ``spawn(_:descriptors:)``; its exit status (128+N when killed
    /// by signal N). `terminal`: the terminal is attached, where a Ctrl-C's `^C` needs a new line.
    static func wait(_ pid: pid_t, terminal: Bool) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 1 }
        }
        return exitStatus(status, terminal: terminal)
    }

    /// A child's exit status from `waitpid`'s: 128+N when killed by signal N.
    static func exitStatus(_ status: Int32, terminal: Bool) -> Int32 {
        let signal = status & 0x7f
        // Killed by Ctrl-C: the terminal shows ^C where the command left the cursor.
        if signal == SIGINT, terminal { _ = write(STDOUT_FILENO, "\n", 1) }
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// This process's open descriptors, from `/proc/self/fd` (glibc's closefrom for spawn,
    /// `posix_spawn_file_actions_addclosefrom_np`, is not visible to Swift).
    static func openDescriptors() -> [Int32] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else {
            return []
        }
        var listing = stat()
        // The listing's own descriptor is closed again by the time the child starts.
        return names.compactMap { Int32($0) }.filter { fstat($0, &listing) == 0 }
    }
}

/// The terminal's modes (of standard input), saved before a child that may change them runs
/// (a pager, an editor) and restored after.
struct TerminalModes {
    /// Nil when standard input is no terminal (only a terminal has modes).
    var saved: termios?

    static func save() -> TerminalModes {
        var modes = termios()
        return TerminalModes(saved: tcgetattr(0, &modes) == 0 ? modes : nil)
    }

    func restore() {
        guard var modes = saved else { return }
        tcsetattr(0, TCSADRAIN, &modes)
    }
}
