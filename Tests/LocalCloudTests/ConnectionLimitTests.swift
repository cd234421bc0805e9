import Foundation
import KamakiTestSupport
import LocalCloud
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Connections that hold the server's resources: silent ones, ones that send a request head a
/// byte at a time, more than the server serves at once, and more than it has descriptors for.
@Suite struct ConnectionLimitTests {
    /// A blocking TCP connection to 127.0.0.1, used on a thread of its own.
    final class Connection: @unchecked Sendable {
        let fd: Int32

        init(port: Int) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = UInt16(port).bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            // A deadline that turns a server that never answers or closes into a failure, not a hang.
            var limit = timeval(tv_sec: 30, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        }

        deinit { close(fd) }

        /// Sends bytes; false once the server has closed the connection.
        func send(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return Glibc.send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count
        }

        /// Reads until the server closes (true) or the receive deadline passes (false).
        func readsToEnd() -> Bool {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count == 0 { return true }
                if count < 0 { return errno == ECONNRESET }
            }
        }

        /// Whether a response starts arriving within `milliseconds`.
        func answers(within milliseconds: Int32) -> Bool {
            var watched = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            return poll(&watched, 1, milliseconds) == 1
        }

        /// The first bytes of the response (waiting up to the receive deadline).
        func firstBytes() -> String {
            var buffer = [UInt8](repeating: 0, count: 64)
            let count = recv(fd, &buffer, buffer.count, 0)
            return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
        }
    }

    static func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }

    static func start(timeout: Duration = .seconds(90), maximumConnections: Int? = nil) async throws -> LocalCloud {
        var configuration = LocalCloudConfiguration(statePath: ":memory:")
        configuration.connectionTimeout = timeout
        if let maximumConnections { configuration.maximumConnections = maximumConnections }
        return try await LocalCloud.start(configuration)
    }

    static let request = "GET /network/v2.0/networks HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

    @Test func aSilentConnectionIsClosed() async throws {
        let cloud = try await Self.start(timeout: .milliseconds(300))
        let port = cloud.port
        let closed = try await Self.onThread { try Connection(port: port).readsToEnd() }
        #expect(closed)
        await cloud.stop()
    }

    @Test func aHeadSentByteByByteIsCutOffAndOthersAreServed() async throws {
        let cloud = try await Self.start(timeout: .milliseconds(300))
        let port = cloud.port
        let slow = try Connection(port: port)
        async let trickled: Bool = Self.onThread {
            guard slow.send("GET /network/v2.0/networks HTTP/1.1\r\nX-Slow: ") else { return false }
            // 100 bytes, 30 ms apart: every gap is shorter than the timeout, the whole head is not.
            for _ in 0..<100 {
                Thread.sleep(forTimeInterval: 0.03)
                guard slow.send("a") else { return false }
            }
            return true
        }
        // Meanwhile another client is served as usual.
        let other = try await Self.onThread { () -> String in
            let connection = try Connection(port: port)
            _ = connection.send(Self.request)
            return connection.firstBytes()
        }
        #expect(other.hasPrefix("HTTP/1.1 401"), "\(other)")
        #expect(try await trickled == false, "the server took a head trickled over 3 s")
        await cloud.stop()
    }

    @Test func connectionsBeyondTheLimitWaitForAPlace() async throws {
        let cloud = try await Self.start(maximumConnections: 2)
        let port = cloud.port
        let (waited, served) = try await Self.onThread { () -> (Bool, String) in
            var held = [try Connection(port: port), try Connection(port: port)]
            _ = held[0].send(Self.request)
            _ = held[0].firstBytes()  // both are being served
            let extra = try Connection(port: port)
            _ = extra.send(Self.request)
            // While two are open, the third is not accepted, so it cannot be answered.
            let answeredEarly = extra.answers(within: 300)
            held.removeFirst()  // closes one
            return (!answeredEarly, extra.firstBytes())
        }
        #expect(waited, "a third connection was served while two were open")
        #expect(served.hasPrefix("HTTP/1.1 401"), "\(served)")
        await cloud.stop()
    }

    @Test func outOfDescriptorsTheServerAnswersAgainOnceTheyFreeUp() async throws {
        let prlimit = "/usr/bin/prlimit"
        try #require(FileManager.default.isExecutableFile(atPath: prlimit))
        let cloud = try await LocalCloudProcess.launch(["--port", "0", "--state", ":memory:"])
        defer { cloud.stop() }
        // After start: its connection limit was set from the old descriptor limit, so accepting
        // really runs out of descriptors.
        let limited = Process()
        limited.executableURL = URL(fileURLWithPath: prlimit)
        limited.arguments = ["--pid", String(cloud.pid), "--nofile=48:48"]
        try limited.run()
        limited.waitUntilExit()
        try #require(limited.terminationStatus == 0)
        let port = try #require(Int(cloud.base.split(separator: ":").last ?? ""))
        let answer = try await Self.onThread { () -> String in
            var crowd: [Connection] = []
            for _ in 0..<120 { crowd.append(try Connection(port: port)) }
            for connection in crowd { _ = connection.send(Self.request) }
            crowd.removeAll()
            let connection = try Connection(port: port)
            _ = connection.send(Self.request)
            return connection.firstBytes()
        }
        #expect(answer.hasPrefix("HTTP/1.1 401"), "\(answer)")
    }
}
