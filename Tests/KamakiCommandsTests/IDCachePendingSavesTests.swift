import Foundation
import KamakiCommands
import KamakiTestSupport
import Testing

/// A served command's id cache saves wait for its reply to be sent (``IDCache/savePending()``), yet the
/// next reader of the file sees them, and two commands served at once keep each other's kinds.
/// Serialized: ``IDCache/savePending()`` writes every pending save of the process.
@Suite(.serialized) struct IDCachePendingSavesTests {
    private let temporary: TemporaryDirectory

    init() throws {
        temporary = try TemporaryDirectory()
    }

    let ports = (1...3).map { IDEntry(id: "\($0)", labels: ["DOWN", "network 2"]) }
    let networks = [IDEntry(id: "2", labels: ["My Private Net", "private"])]

    @Test func theNextReaderSeesASaveThatWasPutOff() throws {
        let path = temporary.path + "/ids-default.json"
        let served = IDCache(path: path, defersSaves: true)
        served.replace(.port, with: ports)
        // Nothing has written it yet: the served command's reply does not wait for the file.
        #expect(!FileManager.default.fileExists(atPath: path))

        let next = IDCache(path: path, defersSaves: true)
        #expect(next.entries(.port) == ports)
        #expect(next.refreshed(.port) != nil)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func commandsServedAtOnceKeepEachOthersKinds() throws {
        let path = temporary.path + "/ids-default.json"
        let before = IDCache(path: path)
        before.upsert(.server, IDEntry(id: "141", labels: ["web", "ACTIVE"]))
        // Both read the file before either saves.
        let listingPorts = IDCache(path: path, defersSaves: true)
        let listingNetworks = IDCache(path: path, defersSaves: true)
        #expect(listingPorts.entries(.network).isEmpty && listingNetworks.entries(.port).isEmpty)
        listingPorts.replace(.port, with: ports)
        listingNetworks.replace(.network, with: networks)
        listingNetworks.remove(.network, id: "2")
        listingNetworks.upsert(.network, networks[0])
        IDCache.savePending()

        let after = IDCache(path: path)
        #expect(after.entries(.port) == ports)
        #expect(after.entries(.network) == networks)
        #expect(after.entries(.server) == [IDEntry(id: "141", labels: ["web", "ACTIVE"])])
    }

    @Test func aForgottenKindIsForgottenInTheFileToo() throws {
        let path = temporary.path + "/ids-default.json"
        IDCache(path: path).replace(.port, with: ports)
        let served = IDCache(path: path, defersSaves: true)
        served.invalidate(.port)
        IDCache.savePending()
        #expect(IDCache(path: path).entries(.port).isEmpty)
        #expect(IDCache(path: path).refreshed(.port) == nil)
    }

    @Test func aCacheSavedOnceMoreAfterItsSaveIsSavedAgain() throws {
        let path = temporary.path + "/ids-default.json"
        let served = IDCache(path: path, defersSaves: true)
        served.replace(.port, with: ports)
        IDCache.savePending()
        served.remove(.port, id: "2")
        IDCache.savePending()
        #expect(IDCache(path: path).entries(.port) == [ports[0], ports[2]])
    }
}
