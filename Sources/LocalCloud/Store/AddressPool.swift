import GRDB

/// IPv4 allocation on a network: the lowest free address across its subnet pools, in pool order.
enum AddressPool {
    /// Addresses taken on the network: fixed addresses of its ports and its reserved floating IPs.
    static func used(_ db: Database, network: Int64) throws -> Set<UInt32> {
        let values = try Int64.fetchAll(
            db,
            sql: """
                SELECT ipv4 FROM ports WHERE network_id = ? AND ipv4 IS NOT NULL
                UNION SELECT address FROM floating_ips WHERE network_id = ? AND deleted IS NULL
                """, arguments: [network, network])
        return Set(values.map { UInt32(truncatingIfNeeded: $0) })
    }

    /// The lowest address of `pools` not in `used`.
    static func lowestFree(_ pools: [IPv4Pool], used: Set<UInt32>) -> UInt32? {
        for pool in pools where pool.start <= pool.end {
            var address = pool.start
            while true {
                if !used.contains(address) { return address }
                if address == pool.end { break }
                address += 1
            }
        }
        return nil
    }

    /// Whether `address` lies in one of `pools`.
    static func contains(_ pools: [IPv4Pool], _ address: UInt32) -> Bool {
        pools.contains { $0.start <= address && address <= $0.end }
    }
}
