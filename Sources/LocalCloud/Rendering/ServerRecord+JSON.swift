import KamakiAPI

extension ServerRecord {
    /// The short form of `GET /servers`.
    func summaryJSON(_ links: Links) -> JSON {
        .object(JSONObject([("id", .int(id)), ("name", .string(name)), ("links", links.computeLinks("servers", String(id)))]))
    }

    /// The detailed server object; `attachments` and `addresses` come from its ACTIVE ports.
    func json(
        _ links: Links, now: Int64, ports: [PortRecord], metadata: [(String, String)], publicNetworks: Set<Int64>,
        ipv6Subnets: [Int64: IPv6SubnetInfo]
    ) -> JSON {
        var attachments: [JSON] = []
        var addresses = JSONObject()
        for port in ports where port.status(now: now) == "ACTIVE" {
            let kind: JSON = port.floatingIPID == nil ? "fixed" : "floating"
            let ipv4 = port.ipv4.map(IPv4.format)
            let ipv6 = port.ipv6(now: now, subnet: ipv6Subnets[port.networkID])?.0
            var attachment: [(String, JSON)] = [
                ("id", .int(port.id)), ("network_id", .string(String(port.networkID))), ("mac_address", .string(port.macAddress)),
            ]
            if publicNetworks.contains(port.networkID) { attachment.append(("firewallProfile", "DISABLED")) }
            attachment.append(("ipv4", .string(ipv4 ?? "")))
            attachment.append(("ipv6", .string(ipv6 ?? "")))
            if ipv4 != nil || ipv6 != nil { attachment.append(("OS-EXT-IPS:type", kind)) }
            attachments.append(.object(JSONObject(attachment)))
            var entries: [JSON] = []
            if let ipv4 { entries.append(["version": 4, "addr": .string(ipv4), "OS-EXT-IPS:type": kind]) }
            if let ipv6 { entries.append(["version": 6, "addr": .string(ipv6), "OS-EXT-IPS:type": kind]) }
            addresses[String(port.networkID)] = .array(entries)
        }
        let flavorHref = "\(links.compute)/flavors/\(flavorID)"
        let imageHref = "\(links.compute)/images/\(imageID)"
        let status = status(now: now)
        let keys = keyNameList
        return .object(
            JSONObject([
                ("id", .int(id)),
                ("name", .string(name)),
                ("links", links.computeLinks("servers", String(id))),
                ("user_id", .string(userID)),
                ("tenant_id", .string(userID)),
                ("shared_to_project", false),
                ("status", .string(status)),
                ("SNF:task_state", .string(taskState(now: now))),
                ("progress", .int(progress(now: now))),
                ("hostId", ""),
                ("created", .string(Timestamp.iso(created))),
                ("updated", .string(Timestamp.iso(updated(now: now)))),
                ("flavor", ["id": .int(flavorID), "links": Links.selfAndBookmark(flavorHref)]),
                (
                    "image",
                    [
                        "id": .string(imageID),
                        "links": .array([
                            ["rel": "self", "href": .string(imageHref)], ["rel": "bookmark", "href": .string(imageHref)],
                            ["rel": "alternate", "href": .string("\(links.base)/image/v1.0/images/\(imageID)")],
                        ]),
                    ]
                ),
                ("suspended", false),
                ("metadata", .object(JSONObject(metadata.map { ($0.0, JSON.string($0.1)) }))),
                ("tags", []),
                ("attachments", .array(attachments)),
                ("addresses", .object(addresses)),
                ("volumes", []),
                ("diagnostics", []),
                ("security_groups", [["name": "default"]]),
                ("key_name", .optional(keys.first)),
                ("SNF:key_names", .array(keys.map { .string($0) })),
                ("config_drive", ""),
                ("accessIPv4", ""),
                ("accessIPv6", ""),
                ("SNF:fqdn", .string("snf-\(id).vm.local")),
                ("SNF:port_forwarding", [:]),
                ("deleted", .bool(status == "DELETED")),
                ("SNF:rescue", false),
            ]))
    }
}

extension ServerDetail {
    /// The detailed server object.
    func json(_ links: Links, now: Int64) -> JSON {
        server.json(
            links, now: now, ports: ports, metadata: metadata, publicNetworks: facts.publicNetworks, ipv6Subnets: facts.ipv6Subnets)
    }
}
