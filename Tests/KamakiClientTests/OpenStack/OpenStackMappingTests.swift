import KamakiAPI
import Testing

@testable import KamakiClient

/// Quotas, floating IP routes and request bodies, mapped from and checked against recorded responses.
@Suite("OpenStack mapping")
struct OpenStackMappingTests {
    @Test func quotasReadAsSynnefoQuotas() throws {
        let neutron = try RecordedExchange("quotas-details").body
        let nova = try RecordedExchange("limits").body
        let quotas = OpenStackQuotas.quotas(projectID: "p", neutron: neutron, nova: nova)
        let project = try #require(quotas["p"]?.objectValue)
        let absolute = try #require(nova["limits"]?["absolute"])
        let instances = try #require(project["compute.instances"].flatMap(QuotaValue.init(json:)))
        #expect(instances.limit == Int64(absolute["maxTotalInstances"]?.intValue ?? -2))
        #expect(instances.usage == Int64(absolute["totalInstancesUsed"]?.intValue ?? -2))
        let ram = try #require(project["compute.ram"].flatMap(QuotaValue.init(json:)))
        #expect(ram.limit == Int64(absolute["maxTotalRAMSize"]?.intValue ?? 0) * 1_048_576)
        let recorded = try #require(neutron["quota"]?.objectValue)
        for (name, figures) in recorded {
            let value = try #require(project["network." + name].flatMap(QuotaValue.init(json:)))
            #expect(value.limit == Int64(figures["limit"]?.intValue ?? -2))
            #expect(value.usage == Int64(figures["used"]?.intValue ?? -2))
            #expect(value.pending == Int64(figures["reserved"]?.intValue ?? -2))
        }
        #expect(project.count == recorded.count + 3)
    }

    @Test func theRoutedPortIsTheOneOnTheRoutersSubnet() throws {
        let ports = try Port.list(from: RecordedExchange("ports-list").body, key: "ports")
        let routers = try Router.list(from: RecordedExchange("routers-list").body, key: "routers")
        let router = try #require(routers.first { $0.name == "demo-router" })
        let interfaces = ports.filter { $0.deviceID == router.id }
        let server = try Server.single(from: RecordedExchange("server-info").body, key: "server")
        let serverPorts = try Port.list(from: RecordedExchange("server-ports").body, key: "ports")
        // A port on an unrouted network first: the routed one is still chosen.
        let unrouted = try Port.single(from: RecordedExchange("port-create").body, key: "port")
        let chosen = FloatingIPRoute.port(of: [unrouted] + serverPorts, routedBy: interfaces)
        #expect(chosen?.id == serverPorts[0].id)
        #expect(chosen?.deviceID == server.id)
        #expect(FloatingIPRoute.port(of: [unrouted], routedBy: interfaces) == nil)
        // The router's gateway is on the network floating IPs come from.
        let ip = try FloatingIP.single(from: RecordedExchange("floatingip-create").body, key: "floatingip")
        #expect(router.gatewayNetworkID == ip.networkID)
    }

    @Test func associatedIPNamesItsServer() throws {
        let associated = try FloatingIP.single(from: RecordedExchange("floatingip-associate").body, key: "floatingip")
        let server = try Server.single(from: RecordedExchange("server-info").body, key: "server")
        #expect(associated.instanceID == server.id)
        let detached = try FloatingIP.single(from: RecordedExchange("floatingip-disassociate").body, key: "floatingip")
        #expect(detached.instanceID == nil && detached.portID == nil)
    }

    @Test func neutronNetworkBodyRefusesSynnefoTypes() throws {
        let body = try CloudClient.neutronNetworkBody(name: "n", type: nil, shared: false, projectID: nil)
        #expect(body == (try JSON.parse(#"{"network": {"name": "n", "admin_state_up": true}}"#)))
        let error = #expect(throws: ClientError.self) {
            try CloudClient.neutronNetworkBody(name: "n", type: "MAC_FILTERED", shared: false, projectID: nil)
        }
        #expect(error?.description.contains("--type MAC_FILTERED is a Synnefo network type") == true)
    }

    @Test func novaBodies() async throws {
        #expect(ServerAction.start.novaJSON == (try JSON.parse(#"{"os-start": null}"#)))
        #expect(ServerAction.shutdown.novaJSON == (try JSON.parse(#"{"os-stop": null}"#)))
        #expect(ServerAction.reboot(hard: true).novaJSON == (try JSON.parse(#"{"reboot": {"type": "HARD"}}"#)))
        let request = ServerCreateRequest(name: "s", flavorID: "1", imageID: "i")
        let body = try await request.novaJSON { "net" }
        #expect(body["server"]?["networks"] == (try JSON.parse(#"[{"uuid": "net"}]"#)))
        var none = request
        none.networks = []
        #expect(
            try await none.novaJSON {
                Issue.record("no default wanted")
                return ""
            }["server"]?["networks"] == .string("none"))
        var project = request
        project.projectID = "p"
        await #expect(throws: ClientError.self) { try await project.novaJSON { "net" } }
    }
}
