import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files only their owner may read: caches and configuration. Written whole, to a temporary
/// file beside the target (mode 0600) that is then renamed over it, so a reader sees the old
/// content or the new one, never a part; plain system calls, no `fsync` (they can be rebuilt).
public enum PrivateFile {
    /// Writes `bytes` to `path`, making its directory (mode 0700) when it is missing.
    /// Returns false, leaving any old file as it was, when the file cannot be written.
    @discardableResult
    public static func save(_ bytes: [UInt8], to path: String) -> Bool {
        let temporary = path + ".\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0, errno == ENOENT {
            let directory = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else { return false }
        let complete = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let closed = close(fd) == 0
        guard complete, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
