import Foundation
import KamakiAPI
import KamakiTestSupport
import Testing

@testable import KamakiClient

/// The client's paging of network lists (``CloudClient/listPorts(first:)``) against scripted clouds: a
/// Neutron that gives smaller pages than asked, a Synnefo that ignores `limit`, and clouds whose links
/// go elsewhere or round in circles. The client asks only for what is missing and always ends.
@Suite("List paging (scripted)")
struct ListPagingClientTests {
    static let token = "paging-token-5ecret"

    /// `{"ports": [...], "ports_links": [...]}` with ports `ids` and a next link to `next`, if any.
    static func page(_ ids: some Sequence<Int>, next: String?) -> String {
        let ports = ids.map { #"{"id": "\#($0)", "name": "port-\#($0)", "status": "DOWN", "network_id": "2"}"# }
        let links = next.map { #", "ports_links": [{"rel": "previous", "href": "x"}, {"rel": "next", "href": "\#($0)"}]"# } ?? ""
        return #"{"ports": [\#(ports.joined(separator: ", "))]\#(links)}"#
    }

    /// The `limit` and `marker` of a request's query.
    static func query(_ request: FaultRequest) -> (limit: Int?, marker: Int?) {
        let items = URLComponents(string: request.path)?.queryItems ?? []
        let value = { (name: String) in items.first { $0.name == name }?.value.flatMap { Int($0) } }
        return (value("limit"), value("marker"))
    }

    func client(_ server: FaultServer) -> (CloudClient, Transcript) {
        makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token,
            serviceURLs: ["network": server.baseURL + "/network/v2.0"])
    }

    /// Neutron with a page size of 2 (its `pagination_max_limit`), whose links name another host: the
    /// client follows each link's marker on its own service's address, asking for what is still missing.
    @Test func smallerPagesAreFollowedOnTheServicesOwnAddress() async throws {
        let server = try FaultServer { request in
            let (limit, marker) = Self.query(request)
            let first = (marker ?? 0) + 1
            let last = min(first + min(limit ?? 2, 2) - 1, 9)
            return .json(200, Self.page(first...last, next: last < 9 ? "http://elsewhere.invalid/v2.0/ports?limit=2&marker=\(last)" : nil))
        }
        defer { server.stop() }
        let (client, transcript) = client(server)
        let ports = try await client.listPorts(first: 5)
        #expect(ports.map(\.id) == ["1", "2", "3", "4", "5"])
        #expect(
            server.requestLog == [
                "GET /network/v2.0/ports?limit=5", "GET /network/v2.0/ports?limit=3&marker=2", "GET /network/v2.0/ports?limit=1&marker=4",
            ])
        await client.shutdown()
        #expect(transcript.leaks.isEmpty)
    }

    /// Synnefo has no paging: the whole list comes at once, and the first items are kept.
    @Test func aCloudThatIgnoresTheLimitIsReadOnce() async throws {
        let server = try FaultServer { _ in .json(200, Self.page(1...9, next: nil)) }
        defer { server.stop() }
        let (client, _) = client(server)
        #expect(try await client.listPorts(first: 3).map(\.id) == ["1", "2", "3"])
        #expect(try await client.listPorts(first: 20).count == 9)
        #expect(server.requestLog == ["GET /network/v2.0/ports?limit=3", "GET /network/v2.0/ports?limit=20"])
        await client.shutdown()
    }

    /// A next link that names a marker already followed, or comes with an empty page, ends the reading.
    @Test func linksThatGoRoundInCirclesEnd() async throws {
        let circle = try FaultServer { _ in .json(200, Self.page(1...2, next: "http://127.0.0.1/v2.0/ports?marker=2")) }
        defer { circle.stop() }
        let (client, _) = client(circle)
        _ = try await client.listPorts(first: 100)
        #expect(circle.requestLog == ["GET /network/v2.0/ports?limit=100", "GET /network/v2.0/ports?limit=98&marker=2"])
        await client.shutdown()

        let empty = try FaultServer { _ in .json(200, Self.page(1..<1, next: "http://127.0.0.1/v2.0/ports?marker=7")) }
        defer { empty.stop() }
        let (other, _) = self.client(empty)
        #expect(try await other.listPorts(first: 10).isEmpty)
        #expect(empty.requestLog == ["GET /network/v2.0/ports?limit=10"])
        await other.shutdown()
    }

    /// A marker is sent as a query value, escaped; one that is not a plain id cannot add parameters.
    @Test func markersAreEscaped() async throws {
        let server = try FaultServer { request in
            request.path.contains("marker")
                ? .json(200, Self.page(3...3, next: nil)) : .json(200, Self.page(1...2, next: "http://x/v2.0/ports?marker=a%26b%3D1%20c"))
        }
        defer { server.stop() }
        let (client, _) = client(server)
        #expect(try await client.listPorts(first: 3).map(\.id) == ["1", "2", "3"])
        #expect(server.requestLog.last == "GET /network/v2.0/ports?limit=1&marker=a%26b%3D1%20c")
        await client.shutdown()
    }

    @Test func zeroReadsNothing() async throws {
        let server = try FaultServer { _ in .json(200, Self.page(1...9, next: nil)) }
        defer { server.stop() }
        let (client, _) = client(server)
        #expect(try await client.listPorts(first: 0).isEmpty)
        #expect(server.requestLog.isEmpty)
        await client.shutdown()
    }
}
