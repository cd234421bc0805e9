import KamakiAPI

/// The faults the local cloud answers with, named as Synnefo names them.
extension APIFault {
    static func badRequest(_ message: String, details: String = "") -> APIFault {
        APIFault(name: "badRequest", code: 400, message: message, details: details)
    }

    static func unauthorized(_ message: String) -> APIFault {
        APIFault(name: "unauthorized", code: 401, message: message)
    }

    static func forbidden(_ message: String) -> APIFault {
        APIFault(name: "forbidden", code: 403, message: message)
    }

    static func itemNotFound(_ message: String) -> APIFault {
        APIFault(name: "itemNotFound", code: 404, message: message)
    }

    static func conflict(_ message: String) -> APIFault {
        APIFault(name: "conflict", code: 409, message: message)
    }

    static func buildInProgress(_ message: String) -> APIFault {
        APIFault(name: "buildInProgress", code: 409, message: message)
    }

    static func overLimit(_ message: String, details: String) -> APIFault {
        APIFault(name: "overLimit", code: 413, message: message, details: details)
    }

    static func notImplemented(_ message: String) -> APIFault {
        APIFault(name: "notImplemented", code: 501, message: message)
    }

    static func serviceUnavailable(_ message: String) -> APIFault {
        APIFault(name: "serviceUnavailable", code: 503, message: message)
    }

    static let notAllowed = APIFault(name: "notAllowed", code: 405, message: "Method not allowed")
    static let endpointNotFound = badRequest("API endpoint not found")
    static let unexpected = APIFault(name: "internalServerError", code: 500, message: "Unexpected error")

    /// `Malformed request. Missing attribute '<name>'.`
    static func missingAttribute(_ name: String) -> APIFault {
        badRequest("Malformed request. Missing attribute '\(name)'.")
    }

    /// `Malformed request. Invalid '<name>' field`
    static func invalidField(_ name: String) -> APIFault {
        badRequest("Malformed request. Invalid '\(name)' field")
    }

    /// The 413 a failed quota commission turns into (astakosclient's rewrite of Astakos' answer).
    static func quotaExceeded(resource: String, available: Int64, requested: Int64) -> APIFault {
        overLimit(
            "Resource Limit Exceeded for your account.",
            details: "Limit for resource '\(QuotaResource.displayName(resource))' exceeded for your account. "
                + "Available: \(available), Requested: \(requested)")
    }
}
