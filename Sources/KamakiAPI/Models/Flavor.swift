/// A hardware setup servers are built on (`/compute/v2.0/flavors`). Its id is an integer on the wire.
public struct Flavor: APIResource {
    public var raw: JSONObject
    public init(raw: JSONObject) { self.raw = raw }

    /// CPUs, RAM in MiB and disk in GiB: nil in the short listing.
    public var vcpus: Int? { raw["vcpus"]?.intValue }
    public var ram: Int? { raw["ram"]?.intValue }
    public var disk: Int? { raw["disk"]?.intValue }
    /// Synnefo's storage kind (`drbd`, `plain`, `ext_archipelago`, …).
    public var diskTemplate: String? { raw["SNF:disk_template"]?.stringValue }
}
