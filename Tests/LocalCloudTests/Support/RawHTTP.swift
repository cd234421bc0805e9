import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A response read off the wire, with its status line exactly as sent.
struct RawResponse: Sendable {
    var statusLine: String
    var headers: [(String, String)]
    var body: [UInt8]

    var status: Int { Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0 }
    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Sends raw HTTP/1.1 requests over one keep-alive TCP connection, on a thread of its own
/// (blocking socket calls stay off Swift's cooperative pool).
enum RawHTTP {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Sends each request in turn on one connection and reads each response.
    static func exchange(port: Int, _ requests: [[UInt8]]) async throws -> [RawResponse] {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try blockingExchange(port: port, requests) })
            }
        }
    }

    /// A request with a body and `Content-Length`.
    static func request(_ method: String, _ path: String, headers: [String] = [], body: [UInt8] = []) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for header in headers { head += header + "\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        return Array((head + "\r\n").utf8) + body
    }

    private static func blockingExchange(port: Int, _ requests: [[UInt8]]) throws -> [RawResponse] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket failed") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect failed") }
        var reader = Reader(fd: fd)
        var responses: [RawResponse] = []
        for request in requests {
            var sent = 0
            while sent < request.count {
                let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard n > 0 else { throw Failure(description: "send failed after \(sent) bytes") }
                sent += n
            }
            responses.append(try reader.response())
        }
        return responses
    }

    private struct Reader {
        let fd: Int32
        var buffer: [UInt8] = []

        mutating func fill() throws {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw Failure(description: "connection closed") }
            buffer += chunk[0..<n]
        }

        mutating func line() throws -> String {
            while true {
                if let index = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[0..<index], as: UTF8.self).trimmingCharacters(in: .newlines)
                    buffer.removeFirst(index + 1)
                    return line
                }
                try fill()
            }
        }

        mutating func response() throws -> RawResponse {
            let status = try line()
            var headers: [(String, String)] = []
            while true {
                let header = try line()
                if header.isEmpty { break }
                let parts = header.split(separator: ":", maxSplits: 1)
                headers.append((String(parts[0]), parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""))
            }
            let length = Int(headers.first { $0.0.lowercased() == "content-length" }?.1 ?? "0") ?? 0
            while buffer.count < length { try fill() }
            let body = Array(buffer[0..<length])
            buffer.removeFirst(length)
            return RawResponse(statusLine: status, headers: headers, body: body)
        }
    }
}
