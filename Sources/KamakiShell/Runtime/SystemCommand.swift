import Foundation
import KamakiCommands

/// `!cmd`: runs a line through `/bin/sh -c` with the terminal attached (interactive programs
/// work), waits for it, and restores the terminal's modes afterwards.
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
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &argv, &envp)
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
}
