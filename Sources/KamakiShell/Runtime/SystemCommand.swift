import Foundation
import KamakiCommands

/// `!cmd`: runs a line through `/bin/sh -c` with the terminal attached (interactive programs
/// work) and no other descriptor of the shell's, waits for it, and restores the terminal's modes
/// afterwards.
enum SystemCommand {
    /// Runs the command; returns its exit status (128+N when killed by signal N).
    static func run(_ command: String) -> Int32 {
        var saved = termios()
        // Only a terminal has modes (tcgetattr fails on anything else).
        let haveTTY = tcgetattr(0, &saved) == 0
        defer {
            if haveTTY { tcsetattr(0, TCSADRAIN, &saved) }
            _ = Interrupt.take()
        }
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        // The shell's environment, as RunEnvironment read it for this process.
        var envp: [UnsafeMutablePointer<CChar>?] = RunEnvironment.processEntries().map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        // The child gets the terminal (0, 1, 2) and nothing else of the shell's: not its keep-alive
        // sockets, event-loop descriptors or open files.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        // kamaki ignores SIGPIPE (a closed pipe is an error it handles); the command gets the default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
        guard spawned == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 1 }
        }
        let signal = status & 0x7f
        // Killed by Ctrl-C: the terminal shows ^C where the command left the cursor.
        if signal == SIGINT, haveTTY { _ = write(STDOUT_FILENO, "\n", 1) }
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
