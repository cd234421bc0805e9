import KamakiAPI
import Testing

@testable import KamakiClient

/// Error bodies recorded from the real Neutron, Nova and Keystone middleware read into kamaki's fault.
@Suite("OpenStack faults")
struct OpenStackFaultTests {
    @Test(arguments: [
        ("network-not-found", 404, "NetworkNotFound"),
        ("network-in-use", 409, "NetworkInUse"),
        ("floatingip-no-router", 404, "ExternalGatewayForFloatingIPNotFound"),
        ("floatingip-port-already-associated", 409, "FloatingIPPortAlreadyAssociated"),
        ("floatingip-address-forbidden", 403, "PolicyNotAuthorized"),
    ])
    func neutronErrorsNameTheirType(name: String, status: Int, type: String) throws {
        let recorded = try RecordedExchange(name)
        let error = recorded.error
        #expect(error.status == status)
        let fault = try #require(error.fault)
        #expect(fault.name == type)
        #expect(fault.code == status)
        let neutron = try #require(recorded.body["NeutronError"])
        #expect(fault.message == neutron["message"]?.stringValue)
        #expect(!fault.message.isEmpty)
        #expect(fault.details == neutron["detail"]?.stringValue)
        // The raw body is not repeated when it was a fault.
        #expect(error.description.contains("\(type): \(fault.message)"))
    }

    @Test(arguments: [
        ("server-not-found", 404, "itemNotFound"),
        ("server-create-bad-flavor", 400, "badRequest"),
        ("server-start-active", 409, "conflictingRequest"),
        ("microversion-out-of-range", 406, "computeFault"),
    ])
    func novaFaultsKeepTheirName(name: String, status: Int, faultName: String) throws {
        let recorded = try RecordedExchange(name)
        let fault = try #require(recorded.error.fault)
        #expect(fault.name == faultName)
        #expect(fault.code == status)
        #expect(fault.message == recorded.body[faultName]?["message"]?.stringValue)
        #expect(fault.details.isEmpty)
    }

    @Test func authtokenRefusalIsNamedByItsTitle() throws {
        let recorded = try RecordedExchange("unauthorized")
        let fault = try #require(recorded.error.fault)
        #expect(recorded.status == 401)
        #expect(fault.name == "Unauthorized")
        #expect(fault.message == "The request you have made requires authentication.")
    }

    @Test func neutronErrorWithoutTypeOrWithMoreKeysFallsBack() throws {
        let bare = try JSON.parse(#"{"NeutronError": {"message": "m", "detail": ""}}"#)
        #expect(OpenStackFault.read(bare, status: 500)?.name == "NeutronError")
        // Not a fault envelope: two top-level keys.
        let two = try JSON.parse(#"{"NeutronError": {"type": "T", "message": "m"}, "x": 1}"#)
        #expect(OpenStackFault.read(two, status: 500) == nil)
        // Synnefo's fault keeps its own code.
        let synnefo = try JSON.parse(#"{"conflict": {"code": 409, "message": "m", "details": "d"}}"#)
        #expect(OpenStackFault.read(synnefo, status: 500) == APIFault(name: "conflict", code: 409, message: "m", details: "d"))
    }
}
