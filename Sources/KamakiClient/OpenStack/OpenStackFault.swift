import KamakiAPI

/// The error bodies of OpenStack services, read into kamaki's ``APIFault`` so that they render as
/// kamaki's error block like Synnefo's faults do.
///
/// - Neutron: `{"NeutronError": {"type": "NetworkInUse", "message": ..., "detail": ""}}` (exactly those
///   three keys, no code): the fault's name is the `type`, its code the HTTP status.
/// - Keystone's `authtoken` middleware (401 from any service): `{"error": {"code", "title", "message"}}`:
///   the name is the `title` (`Unauthorized`).
/// - Nova: `{"itemNotFound": {"code": 404, "message": ...}}`, keyed by the fault's name like Synnefo's,
///   so ``APIFault/init(json:)`` reads it; a missing code is the HTTP status.
enum OpenStackFault {
    /// The fault in `json`, an OpenStack or Synnefo error body answered with `status`; nil when the body
    /// is not one.
    static func read(_ json: JSON, status: Int) -> APIFault? {
        if let neutron = json["NeutronError"]?.objectValue, json.objectValue?.count == 1 {
            let type = neutron["type"]?.stringValue ?? ""
            return APIFault(
                name: type.isEmpty ? "NeutronError" : type, code: status, message: neutron["message"]?.stringValue ?? "",
                details: neutron["detail"]?.stringValue ?? "")
        }
        if let error = json["error"]?.objectValue, json.objectValue?.count == 1, let title = error["title"]?.stringValue {
            return APIFault(
                name: title, code: error["code"]?.intValue ?? status, message: error["message"]?.stringValue ?? "")
        }
        guard var fault = APIFault(json: json) else { return nil }
        if fault.code == 0 { fault.code = status }
        return fault
    }
}
