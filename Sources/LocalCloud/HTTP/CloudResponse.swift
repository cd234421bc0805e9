import KamakiAPI
import NIOCore

/// What a route handler answers: a status and an optional JSON body.
struct CloudResponse: Sendable {
    var status: Int
    var body: JSON?
    var allow: String?
    /// An already serialized JSON body.
    var serialized: [UInt8]? = nil
    /// Extra headers, such as the image service's `x-image-meta-*`.
    var headers: [(String, String)] = []
    /// An already serialized JSON body in the buffer it is sent from: large lists are written into it one
    /// item at a time, and it grows in place (a mapped buffer is remapped, not copied), never copied whole.
    var buffer: ByteBuffer? = nil

    static func ok(_ body: JSON) -> CloudResponse { CloudResponse(status: 200, body: body) }
    static func created(_ body: JSON) -> CloudResponse { CloudResponse(status: 201, body: body) }
    static let noContent = CloudResponse(status: 204, body: nil)

    static func fault(_ fault: APIFault, allow: String? = nil) -> CloudResponse {
        CloudResponse(status: fault.code, body: fault.json, allow: allow)
    }
}
