import Foundation

/// What identifies one version of the config file without reading it: its device, inode, size,
/// and modification and status-change times (to the nanosecond). A `config set` (which replaces
/// the file) or an edit in another terminal changes it; one `stat` call reads it, so the shell
/// checks it before every line.
public struct ConfigStamp: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Seconds and nanoseconds of the modification and status-change times.
    var times: [Int]

    /// The stamp of the file at `path` (symbolic links followed); nil when there is no file.
    public static func of(path: String) -> ConfigStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return ConfigStamp(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            times: [modified.tv_sec, modified.tv_nsec, changed.tv_sec, changed.tv_nsec].map { Int($0) })
    }
}
