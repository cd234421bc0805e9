import KamakiAPI

extension FlavorRecord {
    /// The flavor as `GET /flavors` (`detail: false`) or `/flavors/detail` and `/flavors/{id}` show it.
    ///
    /// The detailed form has the fields of the server guide's `flavor list -l`.
    func json(_ links: Links, detail: Bool = true) -> JSON {
        var fields: [(String, JSON)] = [("id", .int(id)), ("name", .string(name)), ("links", links.computeLinks("flavors", String(id)))]
        if detail {
            fields += [("ram", .int(ram)), ("disk", .int(disk)), ("vcpus", .int(vcpus)), ("SNF:disk_template", .string(diskTemplate))]
        }
        return .object(JSONObject(fields))
    }
}
