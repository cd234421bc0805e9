#if os(Linux)
import Glibc

/// The few Unix-socket operations the command server and its client need: connecting,
/// sending bytes with file descriptors (`SCM_RIGHTS`), and reading or writing exactly, within
/// a deadline when one is given. Linux only (`SO_PEERCRED`, `SO_PEERGROUPS`, `MSG_CMSG_CLOEXEC`).
enum UnixSocket {
    /// A connected stream socket to `path`, or `nil` (no server there, or one whose accept queue
    /// is full: a stopped server's queue fills with the clients that gave up on it, and a blocking
    /// connect would then wait for as long as it stays stopped).
    static func connect(to path: String) -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { return nil }
        // A Unix socket connects at once or fails (EAGAIN when the queue is full); then it blocks again.
        let connected = withAddress(path) { address, length in Glibc.connect(fd, address, length) == 0 }
        guard connected == true, fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// A listening socket bound to `path` (which must not exist).
    static func listen(at path: String) -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        let bound = withAddress(path) { address, length in bind(fd, address, length) == 0 }
        guard bound == true, Glibc.listen(fd, 64) == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Calls `body` with a `sockaddr_un` for `path`; `nil` when the path is too long.
    private static func withAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    /// The uid of the process at the other end (`SO_PEERCRED`: pid, uid, gid).
    static func peerUser(_ fd: Int32) -> uid_t? {
        peerCredentials(fd)?.uid
    }

    /// The user and group of the process at the other end, as the kernel saw them when it connected.
    static func peerCredentials(_ fd: Int32) -> (uid: uid_t, gid: gid_t)? {
        var credentials: (pid: Int32, uid: UInt32, gid: UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout.size(ofValue: credentials))
        guard getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else { return nil }
        return (credentials.uid, credentials.gid)
    }

    /// The supplementary groups of the process at the other end (`SO_PEERGROUPS`, Linux 4.13),
    /// sorted; `nil` when the kernel cannot tell.
    static func peerGroups(_ fd: Int32) -> [gid_t]? {
        let peerGroupsOption: Int32 = 59  // SO_PEERGROUPS
        var groups = [gid_t](repeating: 0, count: 64)
        for _ in 0..<2 {
            var length = socklen_t(groups.count * MemoryLayout<gid_t>.size)
            if getsockopt(fd, SOL_SOCKET, peerGroupsOption, &groups, &length) == 0 {
                return Array(groups.prefix(Int(length) / MemoryLayout<gid_t>.size)).sorted()
            }
            guard errno == ERANGE, Int(length) / MemoryLayout<gid_t>.size <= CommandRequest.maximumGroups else { return nil }
            groups = [gid_t](repeating: 0, count: Int(length) / MemoryLayout<gid_t>.size)
        }
        return nil
    }

    /// Marks a descriptor close-on-exec.
    static func closeOnExec(_ fd: Int32) {
        _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
    }

    /// The size of a control message's header, aligned (`CMSG_ALIGN(sizeof(cmsghdr))`).
    private static let controlHeader = aligned(MemoryLayout<cmsghdr>.size)

    private static func aligned(_ size: Int) -> Int {
        let align = MemoryLayout<Int>.size
        return (size + align - 1) & ~(align - 1)
    }

    /// Calls `body` with a message of one data buffer and a control buffer for `descriptors`
    /// descriptors (`CMSG_SPACE`), retrying it while it is interrupted.
    private static func withMessage(
        data: UnsafeMutableRawBufferPointer, control: inout [UInt8], _ body: (inout msghdr, UnsafeMutableRawBufferPointer) -> Int
    ) -> Int {
        control.withUnsafeMutableBytes { controlBytes in
            var vector = iovec(iov_base: data.baseAddress, iov_len: data.count)
            return withUnsafeMutablePointer(to: &vector) { vectorPointer in
                var message = msghdr()
                message.msg_iov = vectorPointer
                message.msg_iovlen = 1
                message.msg_control = controlBytes.baseAddress
                message.msg_controllen = controlBytes.count
                var result: Int
                repeat { result = body(&message, controlBytes) } while result < 0 && errno == EINTR
                return result
            }
        }
    }

    private static func controlBuffer(descriptors count: Int) -> [UInt8] {
        [UInt8](repeating: 0, count: controlHeader + aligned(count * MemoryLayout<Int32>.size))
    }

    /// Sends all of `bytes`, the descriptors riding on the first part. False on failure, or
    /// when `deadline` passes first.
    static func send(_ fd: Int32, _ bytes: [UInt8], descriptors: [Int32], deadline: ContinuousClock.Instant? = nil) -> Bool {
        var control = controlBuffer(descriptors: descriptors.count)
        control.withUnsafeMutableBytes { raw in
            var message = cmsghdr()
            message.cmsg_len = controlHeader + descriptors.count * MemoryLayout<Int32>.size
            message.cmsg_level = SOL_SOCKET
            message.cmsg_type = Int32(SCM_RIGHTS)
            raw.storeBytes(of: message, as: cmsghdr.self)
            for (index, descriptor) in descriptors.enumerated() {
                raw.storeBytes(of: descriptor, toByteOffset: controlHeader + index * MemoryLayout<Int32>.size, as: Int32.self)
            }
        }
        var data = bytes
        var sent = -1
        repeat {
            sent = data.withUnsafeMutableBytes { buffer in
                withMessage(data: buffer, control: &control) { message, _ in
                    sendmsg(fd, &message, Int32(MSG_NOSIGNAL) | (deadline == nil ? 0 : Int32(MSG_DONTWAIT)))
                }
            }
        } while sent < 0 && errno == EAGAIN && wait(fd, for: Int16(POLLOUT), until: deadline)
        guard sent > 0 else { return false }
        if sent < bytes.count { sent = write(fd, Array(bytes[sent...]), deadline: deadline) ? bytes.count : -1 }
        return sent == bytes.count
    }

    /// What ``receive(_:upTo:maximumDescriptors:deadline:)`` read.
    struct Received {
        var bytes: [UInt8]
        var descriptors: [Int32]
        /// Descriptors were sent but not all could be received (this process is out of them).
        var truncated: Bool
    }

    /// Receives up to `count` bytes and any descriptors sent with them (`nil` on end of file,
    /// error, or `deadline`). Received descriptors are close-on-exec.
    static func receive(
        _ fd: Int32, upTo count: Int, maximumDescriptors: Int, deadline: ContinuousClock.Instant? = nil
    ) -> Received? {
        guard wait(fd, for: Int16(POLLIN), until: deadline) else { return nil }
        var buffer = [UInt8](repeating: 0, count: count)
        var control = controlBuffer(descriptors: maximumDescriptors)
        var descriptors: [Int32] = []
        var truncated = false
        let received = buffer.withUnsafeMutableBytes { data in
            withMessage(data: data, control: &control) { message, controlBytes in
                let result = recvmsg(fd, &message, Int32(MSG_CMSG_CLOEXEC) | Int32(MSG_DONTWAIT))
                truncated = message.msg_flags & Int32(MSG_CTRUNC) != 0
                guard result > 0, message.msg_controllen >= controlHeader else { return result }
                let first = controlBytes.load(as: cmsghdr.self)
                guard first.cmsg_level == SOL_SOCKET, first.cmsg_type == Int32(SCM_RIGHTS) else { return result }
                for index in 0..<((first.cmsg_len - controlHeader) / MemoryLayout<Int32>.size) {
                    descriptors.append(controlBytes.load(fromByteOffset: controlHeader + index * MemoryLayout<Int32>.size, as: Int32.self))
                }
                return result
            }
        }
        guard received > 0 else {
            for descriptor in descriptors { close(descriptor) }
            return nil
        }
        return Received(bytes: Array(buffer.prefix(received)), descriptors: descriptors, truncated: truncated)
    }

    /// Reads exactly `count` bytes; `nil` on end of file, error, or once `deadline` (for all of
    /// them, not for each read) has passed.
    static func read(_ fd: Int32, exactly count: Int, deadline: ContinuousClock.Instant? = nil) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            guard wait(fd, for: Int16(POLLIN), until: deadline) else { return nil }
            let result = buffer.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress! + offset, count - offset, Int32(MSG_DONTWAIT)) }
            if result < 0, errno == EINTR || errno == EAGAIN { continue }
            guard result > 0 else { return nil }
            offset += result
        }
        return buffer
    }

    /// Writes all of `bytes`; false on error or once `deadline` has passed. Never raises SIGPIPE.
    static func write(_ fd: Int32, _ bytes: [UInt8], deadline: ContinuousClock.Instant? = nil) -> Bool {
        var offset = 0
        while offset < bytes.count {
            guard wait(fd, for: Int16(POLLOUT), until: deadline) else { return false }
            let result = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if result < 0, errno == EINTR || errno == EAGAIN { continue }
            guard result > 0 else { return false }
            offset += result
        }
        return true
    }

    /// Waits until `fd` is ready for `events` (or has hung up); false once `deadline` has passed.
    /// Without a deadline it waits as long as it takes.
    static func wait(_ fd: Int32, for events: Int16, until deadline: ContinuousClock.Instant?) -> Bool {
        while true {
            var milliseconds: Int32 = -1
            if let deadline {
                let left = deadline - .now
                guard left > .zero else { return false }
                let (seconds, attoseconds) = left.components
                milliseconds = seconds >= 86_400 ? 86_400_000 : Int32(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            var poller = pollfd(fd: fd, events: events, revents: 0)
            let ready = poll(&poller, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0, errno != EINTR { return false }
        }
    }
}
#endif
