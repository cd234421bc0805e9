import Foundation
import KamakiAPI
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (port 0) that misbehaves on purpose, for client fault tests.
///
/// Each connection runs on its own thread with blocking POSIX sockets; the handler decides, per
/// request, what the server does (answer, close mid-response, stall until the client gives up).
///
/// ```swift
/// let server = try FaultServer { request in .respond(status: 503, body: "busy") }
/// defer { server.stop() }
/// ```
public final class FaultServer: Sendable {
    /// Decides what to do with each request.
    public typealias Handler = @Sendable (FaultRequest) -> FaultAction

    /// The port it listens on.
    public let port: Int
    private let listener: Int32
    private let handler: Handler
    private let banner: [UInt8]?
    private let log = Mutex<[String]>([])
    private let stopped = Mutex(false)

    /// Starts listening on 127.0.0.1 at a free port.
    public convenience init(_ handler: @escaping Handler) throws {
        try self.init(banner: nil, handler)
    }

    /// A server that writes `banner` as soon as a client connects, then closes the connection
    /// (e.g. plain-HTTP bytes where a TLS client expects a handshake).
    public convenience init(banner: [UInt8]) throws {
        try self.init(banner: banner) { _ in .closeWithoutResponse }
    }

    private init(banner: [UInt8]?, _ handler: @escaping Handler) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw FaultServerError("socket() failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw FaultServerError("bind/listen failed")
        }
        self.listener = fd
        self.port = Self.localPort(fd)
        self.handler = handler
        self.banner = banner
        let thread = Thread { [self] in self.acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, as `"METHOD /path"`.
    public var requestLog: [String] { log.withLock { $0 } }

    /// Stops accepting connections. Idempotent.
    public func stop() {
        let first = stopped.withLock { s in
            defer { s = true }
            return !s
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// A port on 127.0.0.1 where nothing listens (bound, then closed).
    public static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = loopback(port: 0)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let port = localPort(fd)
        close(fd)
        guard port > 0 else { throw FaultServerError("could not find a free port") }
        return port
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            var yes: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            let connection = FaultConnection(fd: client)
            Thread { [self] in self.serve(connection) }.start()
        }
    }

    private func serve(_ connection: FaultConnection) {
        defer { connection.close() }
        if let banner {
            _ = connection.write(banner)
            return
        }
        while let request = connection.readRequest() {
            let entry = "\(request.method) \(request.path)"
            let count = log.withLock { log in
                log.append(entry)
                return log.count { $0 == entry }
            }
            var numbered = request
            numbered.countForPath = count
            if !perform(handler(numbered), on: connection) { return }
        }
    }

    /// Carries out an action; returns whether the connection stays open.
    private func perform(_ action: FaultAction, on connection: FaultConnection) -> Bool {
        switch action {
        case .respond(let status, let headers, let body):
            var head = "HTTP/1.1 \(status) \(ReasonPhrase.forStatus(status))\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            head += "Content-Length: \(body.count)\r\n\r\n"
            return connection.write(Array(head.utf8) + body)
        case .closeMidResponse(let declaredLength, let partial):
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(declaredLength)\r\n\r\n"
            _ = connection.write(Array(head.utf8) + partial)
            return false
        case .closeWithoutResponse:
            return false
        case .stall:
            connection.drainUntilClosed()
            return false
        case .drip(let body, let interval):
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
            guard connection.write(Array(head.utf8)) else { return false }
            for byte in body {
                // The pace is the behaviour under test, not a wait for something to happen.
                Thread.sleep(forTimeInterval: Double(interval.components.attoseconds) / 1e18 + Double(interval.components.seconds))
                guard connection.write([byte]) else { return false }
            }
            return true
        }
    }

    static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    static func localPort(_ fd: Int32) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return ok == 0 ? Int(UInt16(bigEndian: address.sin_port)) : 0
    }
}

/// A setup failure of the fault server.
public struct FaultServerError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
