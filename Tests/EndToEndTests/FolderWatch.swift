import Foundation

/// Waits for files to appear in a folder (inotify), so that a test can wait for what another
/// process creates without polling.
final class FolderWatch {
    private let fd: Int32

    init(_ folder: String) throws {
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0, inotify_add_watch(fd, folder, UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) >= 0 else {
            throw WatchError(description: "cannot watch \(folder): errno \(errno)")
        }
    }

    deinit { close(fd) }

    /// Returns once a file whose name satisfies `condition` is created after `init`; fails after a minute.
    func waitFor(_ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let left = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, left) > 0 else { throw WatchError(description: "no such file appeared within a minute") }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let length = buffer.withUnsafeBytes { Int($0.load(fromByteOffset: offset, as: inotify_event.self).len) }
                let name = String(decoding: buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }, as: UTF8.self)
                if condition(name) { return }
                offset += header + length
            }
        }
    }

    struct WatchError: Error, CustomStringConvertible {
        var description: String
    }
}
