#if os(Linux)
import Glibc

/// The command server's folder, opened once without following links and checked on the open
/// descriptor (this user's, mode 0700), then used only through that descriptor: the lock is
/// opened with `openat(…, O_NOFOLLOW)`, the socket is removed with `unlinkat` and bound or
/// connected through `/proc/self/fd/N/NAME`, which names the folder that was checked, whatever
/// has since been renamed or planted at its path. So another user who controls the path (root
/// after `su` or `sudo -E` keeps the first user's `XDG_RUNTIME_DIR`) can neither make the
/// server truncate a file nor put a socket of theirs in its place.
final class RuntimeFolder: Sendable {
    let descriptor: Int32
    let address: CommandServerAddress

    enum Problem: Error, Equatable {
        /// The folder is not there (a client then starts a server, which makes it).
        case missing
        /// It is there but not safe to use; no server is used or started.
        case unsafe(String)
    }

    private init(descriptor: Int32, address: CommandServerAddress) {
        self.descriptor = descriptor
        self.address = address
    }

    deinit { close(descriptor) }

    /// Opens and checks the folder of `address`, making it first when `create` is set.
    static func open(_ address: CommandServerAddress, create: Bool) -> Result<RuntimeFolder, Problem> {
        let parent = Glibc.open(address.parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard parent >= 0 else { return .failure(errno == ENOENT ? .missing : .unsafe("cannot open \(address.parent)")) }
        defer { close(parent) }
        var status = stat()
        guard fstat(parent, &status) == 0 else { return .failure(.unsafe("cannot read \(address.parent)")) }
        if address.parentMustBeOwn, status.st_uid != geteuid() || (status.st_mode & 0o022) != 0 {
            return .failure(.unsafe("\(address.parent) is not this user's own"))
        }
        let made = create && mkdirat(parent, address.folderName, 0o700) == 0
        if create, !made, errno != EEXIST { return .failure(.unsafe("cannot make \(address.directory)")) }
        let folder = openat(parent, address.folderName, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else {
            return .failure(errno == ENOENT ? .missing : .unsafe("\(address.directory) is not a folder"))
        }
        // A folder just made gets exactly 0700 whatever the umask.
        if made { _ = fchmod(folder, 0o700) }
        guard fstat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR, status.st_uid == geteuid(),
            (status.st_mode & 0o7777) == 0o700
        else {
            close(folder)
            return .failure(.unsafe("\(address.directory) is not this user's own with mode 0700"))
        }
        return .success(RuntimeFolder(descriptor: folder, address: address))
    }

    /// A path to `name` in this folder that resolves through the checked descriptor, never
    /// through the folder's path (fits a socket address: about 50 bytes).
    func path(_ name: String) -> String {
        "/proc/self/fd/\(descriptor)/\(name)"
    }

    /// Opens (creating if need be) the lock, refusing anything but this user's plain file.
    func openLock() -> Int32? {
        let lock = openat(descriptor, address.lockName, O_CREAT | O_RDWR | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return nil }
        var status = stat()
        guard fstat(lock, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_uid == geteuid(), status.st_nlink == 1
        else {
            close(lock)
            return nil
        }
        return lock
    }

    /// Removes whatever is at the socket's name (a link is removed, never followed).
    func removeSocket() {
        _ = unlinkat(descriptor, address.socketName, 0)
    }
}
#endif
