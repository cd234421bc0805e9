#if os(Linux)
import Glibc

/// Where the command server of this `kamaki` binary listens: a Unix socket in a folder only
/// this user can use (`$XDG_RUNTIME_DIR/kamaki`, else `/tmp/kamaki-UID`, like tmux). The
/// socket's name holds the binary's identity, so a rebuilt or upgraded `kamaki` never talks
/// to a server running the old code; the old one exits when idle.
///
/// The folder is only ever used through a descriptor opened and checked once
/// (``RuntimeFolder``), never by its path again: see SECURITY.md.
public struct CommandServerAddress: Sendable, Equatable {
    /// The folder that holds the server's folder: `XDG_RUNTIME_DIR`, else `/tmp`.
    public let parent: String
    /// Whether `parent` must be this user's own (`XDG_RUNTIME_DIR`; `/tmp` is everyone's).
    public let parentMustBeOwn: Bool
    /// The server's folder's name in `parent`.
    public let folderName: String
    /// The socket's name in the folder.
    public let socketName: String

    /// The folder holding the socket and its lock.
    public var directory: String { parent + "/" + folderName }
    /// The socket's path (for messages; the server and its clients reach it through the folder's descriptor).
    public var socketPath: String { directory + "/" + socketName }
    /// The lock a server holds while it serves (one server per socket).
    public var lockName: String { socketName + ".lock" }

    /// The address for `executable` (this process's binary by default), from the run's
    /// `XDG_RUNTIME_DIR` (ignored unless absolute); `nil` when the binary cannot be identified.
    public static func current(runtimeDirectory: String?, executable: String = "/proc/self/exe") -> CommandServerAddress? {
        var status = stat()
        guard stat(executable, &status) == 0 else { return nil }
        // FNV-1a over what changes when the file is replaced or rewritten.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in [
            UInt64(status.st_dev), UInt64(status.st_ino), UInt64(bitPattern: Int64(status.st_size)),
            UInt64(bitPattern: Int64(status.st_mtim.tv_sec)), UInt64(bitPattern: Int64(status.st_mtim.tv_nsec)),
        ] {
            for shift in stride(from: 0, to: 64, by: 8) {
                hash = (hash ^ ((value >> UInt64(shift)) & 0xff)) &* 0x100_0000_01b3
            }
        }
        let socketName = "server-" + String(hash, radix: 16) + ".sock"
        if let runtimeDirectory, runtimeDirectory.hasPrefix("/"), !runtimeDirectory.utf8.contains(0) {
            return CommandServerAddress(parent: runtimeDirectory, parentMustBeOwn: true, folderName: "kamaki", socketName: socketName)
        }
        return CommandServerAddress(parent: "/tmp", parentMustBeOwn: false, folderName: "kamaki-\(geteuid())", socketName: socketName)
    }
}
#endif
