import KamakiAPI

/// Reads response bodies: JSON, the fault envelope, and the error for an unexpected status.
enum ResponseDecoder {
    /// The most of a non-fault error body kept in ``ClientError/Kind/http(status:reason:fault:body:)``.
    static let maximumErrorBody = 4096

    /// The JSON body, `nil` when empty; invalid JSON is an `invalidResponse` error. With `itemMembers`, the
    /// items of a list keep only those members (``JSON/parse(_:keepingItemMembers:)``).
    static func parse(
        _ response: TransportResponse, request: TransportRequest, itemMembers: [String]? = nil, redact: (String) -> String
    ) throws(ClientError) -> JSON? {
        guard response.body.contains(where: { !$0.isWhitespaceByte }) else { return nil }
        do {
            if let itemMembers { return try JSON.parse(response.body, keepingItemMembers: itemMembers) }
            return try JSON.parse(response.body)
        } catch {
            throw ClientError(
                .invalidResponse(redact("the \(response.status) response is not valid JSON (\(error))")),
                method: request.method, url: request.url)
        }
    }

    /// The fault envelope, if the body is one: Synnefo's, or an OpenStack service's (``OpenStackFault``).
    static func fault(_ response: TransportResponse) -> APIFault? {
        guard let json = try? JSON.parse(response.body) else { return nil }
        return OpenStackFault.read(json, status: response.status)
    }

    /// The error for a response whose status the call did not expect.
    static func httpError(
        _ response: TransportResponse, request: TransportRequest, redact: (String) -> String
    ) -> ClientError {
        let reason = HTTPLogWriter.reason(response.status, fallback: "")
        var fault = fault(response)
        if var f = fault {
            f.message = redact(f.message)
            f.details = redact(f.details)
            fault = f
        }
        let body = fault == nil ? redact(String(decoding: response.body.prefix(maximumErrorBody), as: UTF8.self)) : ""
        return ClientError(
            .http(status: response.status, reason: reason, fault: fault, body: body),
            method: request.method, url: request.url)
    }
}

extension UInt8 {
    var isWhitespaceByte: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}
