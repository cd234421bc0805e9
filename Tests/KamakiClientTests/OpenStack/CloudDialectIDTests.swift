import KamakiAPI
import Testing

@testable import KamakiClient

/// What an id looks like on each dialect: the ids the real services sent are ids on OpenStack only.
@Suite("Cloud dialect ids")
struct CloudDialectIDTests {
    @Test func recordedIDsAreUUIDsOnOpenStackAndNamesOnSynnefo() throws {
        let servers = try Server.list(from: RecordedExchange("servers-detail").body, key: "servers")
        let networks = try Network.list(from: RecordedExchange("networks-list").body, key: "networks")
        let ids = servers.map(\.id) + networks.map(\.id)
        try #require(ids.count >= 4)
        for id in ids {
            #expect(CloudDialect.openstack.resourceID(id) == id)
            #expect(CloudDialect.openstack.resourceID(id.uppercased()) == id)
            #expect(CloudDialect.synnefo.resourceID(id) == nil)
        }
    }

    @Test func numbersAreIDsOnBothForNovaFlavors() throws {
        let flavors = try Flavor.list(from: RecordedExchange("flavors-detail").body, key: "flavors")
        #expect(flavors.map(\.id).contains("1"))
        #expect(CloudDialect.openstack.resourceID("1") == "1")
        #expect(CloudDialect.synnefo.resourceID("0141") == "141")
    }

    @Test(arguments: [
        "demo-server-1", "bc67ef7c-88dc-4942-8d8c-99b1c22de88", "bc67ef7c-88dc-4942-8d8c-99b1c22de88bb",
        "bc67ef7c_88dc-4942-8d8c-99b1c22de88b", "gc67ef7c-88dc-4942-8d8c-99b1c22de88b", "bc67ef7c88dc4942-8d8c-99b1c22de88bxx", "",
    ])
    func otherWordsAreNames(text: String) {
        #expect(!CloudDialect.isUUID(text))
        #expect(CloudDialect.openstack.resourceID(text) == nil)
    }
}
