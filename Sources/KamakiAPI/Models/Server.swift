/// A virtual server (`/compute/v2.0/servers`). Its id is an integer on the wire.
public struct Server: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// `BUILD`, `ACTIVE`, `STOPPED`, `ERROR`, `DELETED`, `REBOOT`, … Nova's `SHUTOFF` is Synnefo's
    /// `STOPPED` (what `server wait` and `server shutdown --wait` name); the raw object keeps Nova's word.
    public var status: String {
        let status = raw["status"]?.stringValue ?? ""
        return status == "SHUTOFF" ? "STOPPED" : status
    }
    /// The server's ACTIVE ports.
    public var attachments: [Attachment] {
        raw["attachments"]?.arrayValue?.compactMap { item in
            guard let id = item["id"]?.idString else { return nil }
            return Attachment(
                portID: id, networkID: item["network_id"]?.idString ?? "",
                ipv4: item["ipv4"]?.stringValue ?? "", ipv6: item["ipv6"]?.stringValue ?? "")
        } ?? []
    }

    /// A port of a server, as listed in `attachments`.
    public struct Attachment: Sendable, Hashable {
        public var portID: String
        public var networkID: String
        public var ipv4: String
        public var ipv6: String
        public init(portID: String, networkID: String, ipv4: String, ipv6: String) {
            self.portID = portID
            self.networkID = networkID
            self.ipv4 = ipv4
            self.ipv6 = ipv6
        }
    }
}

/// The server statuses a wait can name.
public enum ServerStatus {
    public static let all = ["BUILD", "ACTIVE", "STOPPED", "REBOOT", "ERROR"]
}
