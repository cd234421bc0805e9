/// An image servers are built from: the compute API's view (`/compute/v2.0/images`, `metadata`) or the
/// image service's (`/image/v1.0/images`, `properties`). Its id is a string.
public struct Image: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// `ACTIVE` (compute) or `AVAILABLE` (image service), `SAVING`, `ERROR`, …
    public var status: String { raw["status"]?.stringValue ?? "" }
    /// The image's free-form properties (`os`, `users`): `metadata` in the compute API, `properties` in the image service.
    public var properties: JSONObject { (raw["properties"] ?? raw["metadata"])?.objectValue ?? JSONObject() }
    /// The owner's uuid: `owner` in the image service, `user_id` in the compute API.
    public var owner: String? { (raw["owner"] ?? raw["user_id"])?.stringValue }
}
