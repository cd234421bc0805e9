import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Testing

@testable import KamakiClient

/// The networking tutorial, request by request, through the client API against a real local cloud.
@Suite("Tutorial flow")
struct TutorialFlowTests {
    @Test func theNetworkTutorial() async throws {
        try await withLocalCloud { cloud in
            let token = cloud.tokens[0]
            let (client, transcript) = makeClient(identityURL: cloud.identityURL, token: token)
            defer { #expect(transcript.leaks.isEmpty) }

            // $ kamaki server list / network list
            #expect(try await client.listServers().map(\.id) == ["141", "142"])
            #expect(try await client.listNetworks().map(\.id) == ["1"])

            // $ kamaki network create --name='My Private Net'
            let network = try await client.createNetwork(name: "My Private Net", type: "MAC_FILTERED")
            #expect(network.id == "2")
            #expect(network.status == "ACTIVE")
            #expect(!network.isPublic)

            // $ kamaki network connect 2 --device-id=141 --device-id=142 --wait
            for (device, expected) in [("141", "11"), ("142", "12")] {
                let port = try await client.createPort(PortCreateRequest(networkID: "2", deviceID: device))
                #expect(port.id == expected)
                #expect(port.status == "BUILD")
                let ready = try await client.waitForPort(port.id, .whileStatus("BUILD"))
                #expect(ready.status == "ACTIVE")
            }

            // $ kamaki ip create --network-id=1
            let ip8 = try await client.createFloatingIP(networkID: "1")
            #expect(ip8.id == "8")
            #expect(ip8.address == "192.168.3.5")
            #expect(ip8.portID == nil)

            // $ kamaki ip attach 8 --server-id=141 --wait
            let port13 = try await client.createPort(
                PortCreateRequest(networkID: "1", deviceID: "141", ipAddress: "192.168.3.5"))
            #expect(port13.id == "13")
            _ = try await client.waitForPort("13", .whileStatus("BUILD"))
            #expect(try await client.floatingIP("8").portID == "13")

            // $ kamaki ip attach 8 --server-id=142 --wait → (409) IP address '192.168.3.5' is already in use
            let conflict = await expectClientError(transcript) {
                try await client.createPort(PortCreateRequest(networkID: "1", deviceID: "142", ipAddress: "192.168.3.5"))
            }
            #expect(conflict?.status == 409)
            #expect(conflict?.reason == "CONFLICT")
            #expect(conflict?.fault?.message == "IP address '192.168.3.5' is already in use")
            #expect(conflict?.method == "POST")
            #expect(conflict?.url?.hasSuffix("/ports") == true)

            // $ kamaki ip create --network-id=1 ; ip attach 9 --server-id=141 --wait
            let ip9 = try await client.createFloatingIP(networkID: "1")
            #expect(ip9.id == "9")
            #expect(ip9.address == "192.168.3.6")
            let port14 = try await client.createPort(
                PortCreateRequest(networkID: "1", deviceID: "141", ipAddress: ip9.address))
            #expect(port14.id == "14")
            _ = try await client.waitForPort("14", .untilStatus("ACTIVE"))

            // $ kamaki port list -l
            let ports = try await client.listPorts()
            #expect(ports.map(\.id) == ["11", "12", "13", "14"])
            #expect(ports.allSatisfy { $0.status == "ACTIVE" })
            let attachments = try await client.server("141").attachments
            #expect(Set(attachments.map(\.portID)) == ["11", "13", "14"])

            // $ detach 9 --wait ; attach 9 --server-id=142 --wait
            let attached = try #require(try await client.floatingIP("9").portID)
            try await client.deletePort(attached)
            try await client.waitForPortDeletion(attached)
            #expect(try await client.floatingIP("9").portID == nil)
            let port15 = try await client.createPort(
                PortCreateRequest(networkID: "1", deviceID: "142", ipAddress: "192.168.3.6"))
            _ = try await client.waitForPort(port15.id, .whileStatus("BUILD"))

            // $ kamaki quota list
            let quotas = try await client.quotas()
            let user = try await client.access().userID
            let mine = try #require(quotas[user])
            let floatingJSON = try #require(mine["cyclades.floating_ip"])
            let floating = try #require(QuotaValue(json: floatingJSON))
            #expect(floating.usage == 2)
            #expect(floating.limit == 3)

            // $ kamaki ip create (10) ; ip create → 413 ; ip delete 10
            let ip10 = try await client.createFloatingIP(networkID: "1")
            #expect(ip10.id == "10")
            #expect(ip10.address == "192.168.3.7")
            let overLimit = await expectClientError(transcript) { try await client.createFloatingIP(networkID: "1") }
            #expect(overLimit?.status == 413)
            #expect(overLimit?.reason == "REQUEST ENTITY TOO LARGE")
            #expect(overLimit?.fault?.name == "overLimit")
            #expect(
                overLimit?.details
                    == "Limit for resource 'Floating IP address' exceeded for your account. Available: 0, Requested: 1")
            try await client.deleteFloatingIP("10")

            // $ kamaki network delete 1 → 403 ; network delete 2 → 409
            let forbidden = await expectClientError(transcript) { try await client.deleteNetwork("1") }
            #expect(forbidden?.status == 403)
            #expect(forbidden?.fault?.name == "forbidden")
            let inUse = await expectClientError(transcript) { try await client.deleteNetwork("2") }
            #expect(inUse?.status == 409)

            // $ kamaki network disconnect 2 --device-id=141 --device-id=142 --wait ; network delete 2
            for port in ["11", "12"] {
                try await client.deletePort(port)
                try await client.waitForPortDeletion(port)
            }
            try await client.deleteNetwork("2")
            #expect(try await client.network("2").status == "DELETED")
            #expect(try await client.listNetworks().map(\.id) == ["1"])

            await client.shutdown()
        }
    }

    @Test func subnetsRenamesAndTheRestOfTheSurface() async throws {
        try await withLocalCloud { cloud in
            let (client, transcript) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0])
            let network = try await client.createNetwork(name: nil, type: "MAC_FILTERED")
            #expect(network.name == "")
            #expect(try await client.renameNetwork(network.id, name: "renamed").name == "renamed")
            #expect(try await client.network(network.id).name == "renamed")

            let subnet = try await client.createSubnet(
                SubnetCreateRequest(networkID: network.id, cidr: "10.0.3.0/24", name: "sub"))
            #expect(subnet.cidr == "10.0.3.0/24")
            #expect(subnet.gatewayIP == "10.0.3.1")
            #expect(subnet.networkID == network.id)
            #expect(try await client.listSubnets().contains { $0.id == subnet.id })
            #expect(try await client.subnet(subnet.id).name == "sub")
            #expect(try await client.renameSubnet(subnet.id, name: "sub2").name == "sub2")

            let free = try await client.createPort(PortCreateRequest(networkID: network.id, name: "spare"))
            #expect(free.status == "DOWN")
            #expect(free.fixedIPs.first?.ipAddress == "10.0.3.2")
            #expect(try await client.port(free.id).name == "spare")
            #expect(try await client.renamePort(free.id, name: "spare2").name == "spare2")
            try await client.deletePort(free.id)
            let gone = await expectClientError(transcript) { try await client.port(free.id) }
            #expect(gone?.status == 404)
            #expect(gone?.fault?.name == "itemNotFound")

            let ip = try await client.createFloatingIP(networkID: nil)
            #expect(try await client.listFloatingIPs().map(\.id) == [ip.id])
            #expect(try await client.floatingIP(ip.id).address == ip.address)
            try await client.deleteFloatingIP(ip.id)
            #expect(try await client.listFloatingIPs().isEmpty)

            let detailed = try await client.listServers(detail: true)
            #expect(detailed.map(\.status) == ["ACTIVE", "ACTIVE"])
            #expect(try await client.server("142").status == "ACTIVE")
            #expect(try await client.resources()["cyclades.floating_ip"] != nil)

            let noSuchServer = await expectClientError(transcript) { try await client.server("9999") }
            #expect(noSuchServer?.status == 404)

            try await client.deleteNetwork(network.id)
            await client.shutdown()
            #expect(transcript.leaks.isEmpty)
        }
    }

    @Test func anotherUsersResourcesAreInvisible() async throws {
        try await withLocalCloud { cloud in
            let (owner, _) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[0])
            let (other, transcript) = makeClient(identityURL: cloud.identityURL, token: cloud.tokens[1])
            let network = try await owner.createNetwork(name: "mine", type: "MAC_FILTERED")
            let error = await expectClientError(transcript) { try await other.network(network.id) }
            #expect(error?.status == 404)
            #expect(try await other.access().userID != owner.access().userID)
            await owner.shutdown()
            await other.shutdown()
        }
    }
}
