import KamakiAPI

/// What a route handler answers: a status and an optional JSON body.
struct CloudResponse: Sendable {
    var status: Int
    var body: JSON?
    var allow: String?
    /// An already serialized JSON body, for large lists written one item at a time.
    var serialized: [UInt8]? = nil
    /// Extra headers, such as the image service's `x-image-meta-*`.
    var headers: [(String, String)] = []

    static func ok(_ body: JSON) -> CloudResponse { CloudResponse(status: 200, body: body) }
    static func created(_ body: JSON) -> CloudResponse { CloudResponse(status: 201, body: body) }
    static let noContent = CloudResponse(status: 204, body: nil)

    static func fault(_ fault: APIFault, allow: String? = nil) -> CloudResponse {
        CloudResponse(status: fault.code, body: fault.json, allow: allow)
    }
}
