import Foundation

/// Where the command server of this `kamaki` binary listens: a Unix socket in a folder only
/// this user can use (`$XDG_RUNTIME_DIR/kamaki`, else `/tmp/kamaki-UID`, like tmux). The
/// socket's name holds the binary's identity, so a rebuilt or upgraded `kamaki` never talks
/// to a server running the old code; the old one exits when idle.
public struct CommandServerAddress: Sendable, Equatable {
    /// The folder holding the socket and its lock.
    public let directory: String
    /// The socket's path.
    public let socketPath: String
    /// The lock a server holds while it serves (one server per socket).
    public var lockPath: String { socketPath + ".lock" }

    /// The address for this process's binary, from `XDG_RUNTIME_DIR`; `nil` when the binary
    /// cannot be identified or the path is too long for a socket.
    public static func current(runtimeDirectory: String? = Self.variable("XDG_RUNTIME_DIR")) -> CommandServerAddress? {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        let uid = getuid()
        let directory =
            if let runtimeDirectory, runtimeDirectory.hasPrefix("/") { runtimeDirectory + "/kamaki" } else { "/tmp/kamaki-\(uid)" }
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
        let name = String(hash, radix: 16)
        let socketPath = directory + "/server-" + name + ".sock"
        // A Unix socket's path must fit `sun_path` (108 bytes with its NUL).
        guard socketPath.utf8.count < 108 else { return nil }
        return CommandServerAddress(directory: directory, socketPath: socketPath)
    }

    /// An environment variable of this process.
    public static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Whether the folder is this user's own and closed to others: a client must not hand its
    /// environment and terminal to a socket someone else could have made.
    public func directoryIsPrivate() -> Bool {
        var status = stat()
        guard lstat(directory, &status) == 0 else { return false }
        return (status.st_mode & S_IFMT) == S_IFDIR && status.st_uid == geteuid() && (status.st_mode & 0o077) == 0
    }

    /// Creates the folder (mode 0700) if missing; whether it is private afterwards.
    public func makeDirectory() -> Bool {
        if mkdir(directory, 0o700) != 0, errno != EEXIST { return false }
        return directoryIsPrivate()
    }
}
