import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files only their owner may read: caches, history and configuration (which holds tokens).
/// Written whole, to a temporary file beside the target (mode 0600) that is renamed over it, so
/// that a reader has the old content or the new one, never a part.
public enum PrivateFile {
    /// What a crash or a power loss may cost.
    public enum Durability: Sendable {
        /// Synced to disk before it replaces the old file, and the rename synced too: after a
        /// crash the file has the old content or the new one, never a part or nothing. For what
        /// the user made: configuration, history, tutorial progress, the token cache.
        case synced
        /// Renamed without waiting for the disk. For a cache rewritten on every list (the id
        /// cache): a power loss at the wrong moment may leave it empty or unreadable, which its
        /// reader treats as no cache (the next list fills it again); waiting for the disk there
        /// cost about 2 ms of every `list`.
        case cache
    }

    /// Writes `bytes` to `path`, making its directory (mode 0700) when it is missing.
    /// Returns false, leaving any old file as it was, when the file cannot be written.
    @discardableResult
    public static func save(_ bytes: [UInt8], to path: String, durability: Durability = .synced) -> Bool {
        let temporary = path + ".\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0, errno == ENOENT {
            let directory = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else { return false }
        let complete = Descriptor.writeAll(fd, bytes) == 0
        let synced = complete && (durability == .cache || fsync(fd) == 0)
        let closed = close(fd) == 0
        guard complete, synced, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        if durability == .synced { syncDirectory(of: path) }
        return true
    }

    /// Makes a rename in the file's folder durable (best effort: some file systems refuse it).
    static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
