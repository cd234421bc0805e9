import Foundation
import GRDB
import Hummingbird
import KamakiAPI
import Logging

/// The HTTP front of the local cloud: routes a request, runs its handler, and writes Synnefo's JSON answer
/// (faults, 405 with `Allow`, "API endpoint not found", upper-case reason phrases).
struct CloudResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// Request bodies larger than this get a JSON 413.
    static let maximumBodySize = 1 << 20

    let table: RouteTable
    let cloud: CloudContext
    let log: RequestLog
    /// The listening port, for links.
    let bound: BoundPort
    /// The host for links, or `nil` to use the request's `Host` (wildcard binds).
    let linkHost: String?

    func respond(to request: Request, context: Context) async throws -> Response {
        let path = request.uri.path
        let query = request.uri.query.map { $0.isEmpty ? "" : "?" + $0 } ?? ""
        log.append("\(request.method.rawValue) \(path)\(query)")
        return await answer(request, path: path, context: context)
    }

    /// The rendered response.
    private func answer(_ request: Request, path: String, context: Context) async -> Response {
        let answer: CloudResponse
        do {
            answer = try await route(request, path: path)
        } catch let fault as APIFault {
            answer = .fault(fault)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            answer = .fault(.serviceUnavailable("The state file is busy; try again."))
        } catch {
            context.logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            answer = .fault(.unexpected)
        }
        return Self.render(answer)
    }

    private func route(_ request: Request, path: String) async throws -> CloudResponse {
        guard let match = table.match(path) else {
            let first = path.split(separator: "/").first ?? ""
            if Service(prefix: first) != nil { throw APIFault.endpointNotFound }
            throw APIFault.itemNotFound("Not found")
        }
        guard let handler = match.route.handlers[request.method.rawValue] else {
            return .fault(.notAllowed, allow: match.route.allow)
        }
        var body: [UInt8] = []
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.maximumBodySize {
            throw Self.tooLarge
        }
        do {
            let buffer = try await request.body.collect(upTo: Self.maximumBodySize)
            body = Array(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Self.tooLarge
        }
        let query = request.uri.queryParameters
        var parameters: [String: String] = [:]
        for (key, value) in query where parameters[String(key)] == nil {
            parameters[String(key)] = String(value)
        }
        let token = request.headers.first { $0.name.canonicalName == "x-auth-token" }?.value ?? parameters["X-Auth-Token"]
        let cloudRequest = CloudRequest(
            method: request.method.rawValue, captures: match.captures, query: parameters, token: token,
            contentType: request.headers[.contentType], body: body, service: match.route.service ?? .network,
            cloud: cloud, links: links(for: request))
        return try await handler(cloudRequest)
    }

    private func links(for request: Request) -> Links {
        if let linkHost, let port = bound.current { return Links(base: "http://\(linkHost):\(port)") }
        return Links(base: "http://" + (request.head.authority ?? "127.0.0.1"))
    }

    static let tooLarge = APIFault.overLimit(
        "Request body too large", details: "The request body is larger than \(maximumBodySize) bytes.")
    private static let cacheControl = "no-cache, no-store, must-revalidate, max-age=0"

    /// The wire form: JSON body (none for 204/304), Synnefo's headers and Django's reason phrase.
    static func render(_ answer: CloudResponse) -> Response {
        var headers = HTTPFields()
        headers.reserveCapacity(5)
        headers[.contentType] = "application/json; charset=UTF-8"
        headers[.vary] = "X-Auth-Token"
        headers[.cacheControl] = cacheControl
        if let allow = answer.allow { headers[.allow] = allow }
        for (name, value) in answer.headers {
            if let field = HTTPFields.Element.Name(name) { headers.append(HTTPFields.Element(name: field, value: value)) }
        }
        let status = HTTPResponse.Status(code: answer.status, reasonPhrase: ReasonPhrase.forStatus(answer.status))
        guard answer.status != 204, answer.status != 304 else { return Response(status: status, headers: headers) }
        if let buffer = answer.buffer {
            headers[.contentLength] = String(buffer.readableBytes)
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
        }
        guard let bytes = answer.serialized ?? answer.body?.serializedBytes() else { return Response(status: status, headers: headers) }
        var buffer = ByteBufferAllocator().buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        headers[.contentLength] = String(bytes.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }
}
