import GRDB
import KamakiAPI
import NIOCore

extension CloudStore {
    /// The user's port with this id: 400 when the id is not a number, 404 when the port does not exist now.
    func port(id text: String, user: String) throws -> PortRecord {
        try item(text, invalid: "Invalid port ID '\(text)'", missing: "Port '\(text)' not found.") {
            try PortRecord.find(db, id: $0, user: user, now: now)
        }
    }

    /// The user's port and the network facts its JSON needs.
    func portWithFacts(id text: String, user: String) throws -> (PortRecord, NetworkFacts) {
        let port = try port(id: text, user: user)
        return (port, try NetworkFacts.load(db))
    }

    /// Calls `body` with each of the user's ports, ordered by id, and the network facts to render them;
    /// the ports are read one at a time, never as one list. With a `page`, only its ports and the one after
    /// them, if any (which tells that more follow).
    func forEachPort(of user: String, page: ListPage = .whole, _ body: (PortRecord, NetworkFacts) throws -> Void) throws {
        let facts = try NetworkFacts.load(db)
        let ports = try PortRecord.list(db, user: user, now: now, after: page.marker, limit: page.rowsToRead)
        while let port = try ports.next() { try body(port, facts) }
    }

    /// The body of the user's port list, `{"ports": [...]}`, written one port at a time straight into it (ten
    /// thousand ports never exist as one JSON tree); with a cache, the last body is served again while it
    /// is good (see ``PortListCache``).
    func portListBody(of user: String, links: Links, cache: PortListCache?) throws -> ByteBuffer {
        let key = try cache.map { _ in try PortListCache.Key(db, user: user, base: links.base) }
        if let cache, let key, let body = cache.body(for: key, now: now) { return body }
        var body = ByteBufferAllocator().buffer(capacity: 1 << 16)
        body.writeString(#"{"ports": ["#)
        var writer = PortJSONWriter(links, now: now)
        var until = Int64.max
        try forEachPort(of: user) { port, facts in
            writer.write(port, facts: facts, into: &body)
            until = min(until, port.nextChange(after: now))
        }
        body.writeString("]}")
        if let cache, let key { cache.keep(body, for: key, until: until) }
        return body
    }

    /// One page of the user's port list (``ListPage``), `{"ports": [...]}` with `ports_links` when more
    /// follow; written as ``portListBody(of:links:cache:)`` writes the whole list, and never cached.
    func portListBody(of user: String, links: Links, page: ListPage) throws -> ByteBuffer {
        var body = ByteBufferAllocator().buffer(capacity: 1 << 12)
        body.writeString(#"{"ports": ["#)
        var writer = PortJSONWriter(links, now: now)
        var written = 0
        var last: Int64?
        var more = false
        try forEachPort(of: user, page: page) { port, facts in
            if let limit = page.limit, written == limit {
                more = true
                return
            }
            writer.write(port, facts: facts, into: &body)
            written += 1
            last = port.id
        }
        body.writeString("]")
        if more, let last {
            body.writeString(#", "ports_links": "#)
            body.writeString(page.nextLinks("ports", after: last, links: links).serialized())
        }
        body.writeString("}")
        return body
    }

    /// Renames the user's port when `info` has a non-empty `name`; the port as it is then.
    func renamePort(id text: String, user: String, info: JSONObject) throws -> (PortRecord, NetworkFacts) {
        let port = try port(id: text, user: user)
        if let name = try Validation.name(info, limit: 128, tooLong: "Port name is too long"), !name.isEmpty {
            try db.execute(sql: "UPDATE ports SET name = ?, updated = ? WHERE id = ?", arguments: [name, now, port.id])
        }
        return try portWithFacts(id: text, user: user)
    }

    /// Creates the port `plan` describes (see ``PortPlan``).
    func createPort(_ plan: PortPlan, user: String, cloud: CloudContext) throws -> (PortRecord, NetworkFacts) {
        let port = try plan.create(in: self, user: user, cloud: cloud)
        return (port, try NetworkFacts.load(db))
    }

    /// Deletes the user's port: an unattached one goes at once; an attached one keeps its status for the
    /// settle time, then is gone.
    func beginPortDelete(id text: String, user: String, cloud: CloudContext) throws {
        let port = try port(id: text, user: user)
        let network = try NetworkRecord.find(db, id: port.networkID)
        if network?.isPublic == true, port.floatingIPID == nil {
            throw APIFault.forbidden("Cannot disconnect from public network.")
        }
        guard let server = port.deviceID else {
            try db.execute(sql: "DELETE FROM ports WHERE id = ?", arguments: [port.id])
            return
        }
        if port.goneAt != nil, !cloud.pendingActions { return }
        try PendingAction.check(db, server: server, action: "DISCONNECT", now: now, enforced: cloud.pendingActions)
        if cloud.settle <= 0 {
            try db.execute(sql: "DELETE FROM ports WHERE id = ?", arguments: [port.id])
        } else {
            try db.execute(
                sql: "UPDATE ports SET deleting_since = ?, gone_at = ? WHERE id = ?", arguments: [now, now + cloud.settle, port.id])
        }
    }
}
