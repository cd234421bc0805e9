import KamakiAPI
import Testing

@testable import KamakiClient

/// A recorded Nova server with its recorded Neutron ports, as kamaki's server model.
@Suite("Nova server")
struct NovaServerTests {
    @Test func portsBecomeSynnefoAttachmentsAgreeingWithNovaAddresses() throws {
        let server = try Server.single(from: RecordedExchange("server-info").body, key: "server")
        let ports = try Port.list(from: RecordedExchange("server-ports").body, key: "ports")
        let mapped = NovaServer.withAttachments(server, ports: ports)
        let attachments = mapped.attachments
        try #require(attachments.count == 1)
        #expect(attachments[0].portID == ports[0].id)
        #expect(attachments[0].networkID == ports[0].networkID)
        // The fixed address Nova lists under the network's name is the port's.
        let novaAddresses = (mapped.raw["addresses"]?.objectValue ?? JSONObject()).flatMap { $0.value.arrayValue ?? [] }
        let fixed = novaAddresses.filter { $0["OS-EXT-IPS:type"]?.stringValue == "fixed" }.compactMap { $0["addr"]?.stringValue }
        #expect(fixed == [attachments[0].ipv4])
        #expect(attachments[0].ipv6.isEmpty)
        // Nova's own keys stay as sent.
        #expect(mapped.raw["addresses"] == server.raw["addresses"])
        #expect(mapped.id == server.id && mapped.status == "ACTIVE")
    }

    @Test func onlyTheServersOwnPortsAreAttachments() throws {
        let server = try Server.single(from: RecordedExchange("server-info").body, key: "server")
        // Every port of the project: the other server's and the router's are left out.
        let all = try Port.list(from: RecordedExchange("ports-list").body, key: "ports")
        #expect(all.contains { $0.deviceID != server.id })
        let mapped = NovaServer.withAttachments(server, ports: all)
        #expect(Set(mapped.attachments.map(\.portID)) == Set(all.filter { $0.deviceID == server.id }.map(\.id)))
    }
}

extension NovaServerTests {
    /// Nova's 202 to `POST /servers` has no status (the README's wire facts); kamaki's `--wait` waits while BUILD.
    @Test func aNewServerIsBuilding() throws {
        let reply = try JSON.parse(
            #"{"server": {"id": "fdf155a0-00b1-4b32-a479-7b86262e83e3", "links": [], "OS-DCF:diskConfig": "MANUAL", "security_groups": [{"name": "default"}], "adminPass": "x"}}"#
        )
        let created = NovaServer.created(try Server.single(from: reply, key: "server"))
        #expect(created.status == "BUILD")
        #expect(Array(created.raw.keys.prefix(2)) == ["id", "status"])
        let synnefo = Server(raw: try #require(JSON.parse(#"{"id": 1, "status": "ACTIVE"}"#).objectValue))
        #expect(NovaServer.created(synnefo).status == "ACTIVE")
    }
}
