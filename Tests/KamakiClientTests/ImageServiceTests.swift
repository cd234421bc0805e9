import Foundation
import KamakiAPI
import KamakiTestSupport
import Testing

@testable import KamakiClient

/// The image service as other Synnefo versions answer: the listing wrapped in `images` (Synnefo since
/// late 2017), and `x-image-meta-*` headers with percent-encoded values and dashed property names.
@Suite struct ImageServiceTests {
    static let token = "image-t0ken"

    @Test func aWrappedListingAndEncodedHeaders() async throws {
        let server = try FaultServer { request in
            if request.method == "HEAD" {
                return .respond(
                    status: 200,
                    headers: [
                        ("x-image-meta-name", "Debian%20Base%20%CE%B1"), ("x-image-meta-id", "f1r57"),
                        ("x-image-meta-property-root-partition", "1"), ("x-image-meta-property-description", "A%20base"),
                        ("x-image-meta-size", "1024"),
                    ], body: [])
            }
            return .json(200, #"{"images": [{"id": "f1r57", "name": "Debian Base", "status": "AVAILABLE", "size": 1024}]}"#)
        }
        defer { server.stop() }
        let (client, _) = makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token, serviceURLs: ["image": server.baseURL + "/image/v1.0"])
        let images = try await client.listImages(filters: [("name", "Debian Base")], sortKey: "name", descending: true)
        #expect(images.map(\.id) == ["f1r57"] && images.first?.status == "AVAILABLE")
        let meta = try await client.imageMetadata("f1r57")
        #expect(meta.name == "Debian Base α" && meta.raw["size"] == "1024")
        #expect(meta.properties == JSONObject([("root_partition", "1"), ("description", "A base")]))
        #expect(
            server.requestLog == [
                "GET /image/v1.0/images/?name=Debian%20Base&sort_dir=desc&sort_key=name", "HEAD /image/v1.0/images/f1r57",
            ])
        await client.shutdown()
    }

    @Test func anUnexpectedShapeIsAWireError() async throws {
        let server = try FaultServer { _ in .json(200, #"{"items": []}"#) }
        defer { server.stop() }
        let (client, _) = makeClient(
            identityURL: server.baseURL + "/identity/v2.0", token: Self.token, serviceURLs: ["image": server.baseURL + "/image/v1.0"])
        await #expect(throws: ClientError.self) { try await client.listImages() }
        await client.shutdown()
    }
}
