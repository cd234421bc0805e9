import KamakiAPI
import Testing

@testable import KamakiClient

/// Microversion negotiation from Nova's recorded version documents, and the edges a recording cannot show.
@Suite("Nova microversion")
struct NovaMicroversionTests {
    @Test(arguments: ["compute-versions", "compute-version-2.1"])
    func recordedDocumentsGiveTheWantedVersion(name: String) throws {
        let recorded = try RecordedExchange(name)
        // The recorded Nova's maximum (2.104) is above what kamaki wants, so it gets what it wants.
        let current = recorded.body["version"] ?? recorded.body["versions"]?.arrayValue?.first { $0["status"]?.stringValue == "CURRENT" }
        #expect(current?["version"]?.stringValue == "2.104")
        let version = try NovaMicroversion.negotiate(recorded.body)
        #expect(version == NovaMicroversion.wanted)
        #expect(version?.headerValue == "compute 2.46")
    }

    @Test func theServersMaximumCapsTheVersion() throws {
        let document = try JSON.parse(#"{"version": {"id": "v2.1", "status": "CURRENT", "version": "2.30", "min_version": "2.1"}}"#)
        #expect(try NovaMicroversion.negotiate(document) == NovaMicroversion(2, 30))
    }

    @Test func versionsAreComparedAsNumbers() throws {
        // 2.100 is above 2.46 (not below, as text would have it).
        let document = try JSON.parse(#"{"version": {"id": "v2.1", "version": "2.100", "min_version": "2.1"}}"#)
        #expect(try NovaMicroversion.negotiate(document) == NovaMicroversion(2, 46))
        #expect(NovaMicroversion(2, 9) < NovaMicroversion(2, 10))
    }

    @Test func noMicroversionsMeansNoHeader() throws {
        let document = try JSON.parse(#"{"version": {"id": "v2.0", "status": "DEPRECATED", "version": "", "min_version": ""}}"#)
        #expect(try NovaMicroversion.negotiate(document) == nil)
    }

    @Test func aMinimumAboveWhatKamakiSpeaksIsAClearError() throws {
        let document = try JSON.parse(#"{"version": {"id": "v2.1", "version": "2.110", "min_version": "2.60"}}"#)
        let error = #expect(throws: ClientError.self) { try NovaMicroversion.negotiate(document) }
        #expect(error?.description == "The compute service needs microversion 2.60 or later; kamaki speaks up to 2.46")
    }

    @Test func aDocumentOfAnotherShapeIsAnInvalidResponse() throws {
        #expect(throws: ClientError.self) { try NovaMicroversion.negotiate(try JSON.parse(#"{"servers": []}"#)) }
        #expect(throws: ClientError.self) { try NovaMicroversion.negotiate(try JSON.parse(#"{"versions": []}"#)) }
    }

    @Test(arguments: ["latest", "2.latest", "2", "2.", ".1", "+2.1", "2.-1", "2.1.3", "", "２.1"])
    func onlyMajorDotMinorParses(text: String) {
        #expect(NovaMicroversion(text) == nil)
    }
}
