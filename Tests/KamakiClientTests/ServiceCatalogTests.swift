import KamakiAPI
import Testing

@testable import KamakiClient

@Suite("Service catalog")
struct ServiceCatalogTests {
    @Test(arguments: [
        ("https://host/cyclades/network", "network", "https://host/cyclades/network/v2.0"),
        ("https://host/cyclades/network/", "network", "https://host/cyclades/network/v2.0"),
        ("https://host/cyclades/network/v2.0/", "network", "https://host/cyclades/network/v2.0"),
        ("https://host/cyclades/compute/v2", "compute", "https://host/cyclades/compute/v2"),
        ("https://host/identity", "identity", "https://host/identity/v2.0"),
        ("https://host/account/v1.0/", "account", "https://host/account/v1.0"),
        ("https://host/account", "account", "https://host/account"),
        ("https://host/version", "network", "https://host/version/v2.0"),
    ])
    func normalisation(url: String, service: String, expected: String) {
        #expect(ServiceCatalog.normalize(url, service: service) == expected)
    }

    func access(_ services: String) throws -> Access {
        Access(raw: try #require(JSON.parse(#"{"serviceCatalog": \#(services)}"#).objectValue))
    }

    @Test func typeIsCaseInsensitiveAndTheFirstServiceWins() throws {
        let catalog = ServiceCatalog(
            try access(
                #"""
                [{"name": "a", "type": "Network", "endpoints": [{"publicURL": "http://a/network"}]},
                 {"name": "b", "type": "network", "endpoints": [{"publicURL": "http://b/network"}]}]
                """#))
        #expect(try catalog.endpoint(type: "network") == "http://a/network/v2.0")
    }

    @Test func twoEndpointsAreAnError() throws {
        let catalog = ServiceCatalog(
            try access(
                #"""
                [{"name": "a", "type": "compute", "endpoints": [{"publicURL": "http://a"}, {"publicURL": "http://b"}]}]
                """#))
        #expect(throws: ClientError.self) { try catalog.endpoint(type: "compute") }
    }

    @Test func theAccountServiceByNameAndVersion() throws {
        let catalog = ServiceCatalog(
            try access(
                #"""
                [{"name": "astakos_account", "type": "astakos", "endpoints": [
                    {"versionId": "v0.9", "publicURL": "http://h/account/v0.9"},
                    {"versionId": "v1.0", "publicURL": "http://h/account/v1.0"}]}]
                """#))
        #expect(try catalog.endpoint(type: "account") == "http://h/account/v1.0")
    }
}
