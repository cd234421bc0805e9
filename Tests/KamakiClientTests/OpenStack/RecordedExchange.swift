import Foundation
import KamakiAPI

@testable import KamakiClient

/// One exchange with the real Neutron or Nova, as scripts/openstack-record-services.sh recorded it into
/// Tests/Fixtures/openstack/services/NAME.json: `{request, status, headers, body}`.
struct RecordedExchange {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/openstack/services")

    let request: String
    let status: Int
    let body: JSON

    init(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".json"))
        let recorded = try JSON.parse([UInt8](bytes))
        request = recorded["request"]?.stringValue ?? ""
        status = recorded["status"]?.intValue ?? 0
        body = recorded["body"] ?? .null
    }

    /// The response as the transport would hand it over.
    var response: TransportResponse {
        TransportResponse(status: status, headers: [], body: body == .null ? [] : body.serializedBytes())
    }

    /// The error the client makes of the response when it expected another status.
    var error: ClientError {
        let parts = request.split(separator: " ", maxSplits: 1)
        let sent = TransportRequest(method: String(parts[0]), url: "http://127.0.0.1" + parts[1], token: nil, body: nil)
        return ResponseDecoder.httpError(response, request: sent, redact: { $0 })
    }
}
