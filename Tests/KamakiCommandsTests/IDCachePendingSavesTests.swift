import Foundation
import KamakiCommands
import KamakiTestSupport
import Synchronization
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

    /// A long-running served command saves more than once: its later save writes only the kinds it
    /// changed since, not its old copy of a kind another command has listed anew in between.
    @Test func aLaterSaveKeepsWhatAnotherCommandSavedSince() throws {
        let path = temporary.path + "/ids-default.json"
        let waiting = IDCache(path: path, defersSaves: true)
        waiting.upsert(.server, IDEntry(id: "141", labels: ["web", "BUILD"]))
        IDCache.savePending()
        // Another command lists the servers whole: 141 is gone, 142 is there.
        let listing = IDCache(path: path, defersSaves: true)
        listing.replace(.server, with: [IDEntry(id: "142", labels: ["db", "ACTIVE"])])
        IDCache.savePending()
        // The first command changes another kind and saves again.
        waiting.upsert(.port, ports[0])
        IDCache.savePending()
        var after = IDCache(path: path)
        #expect(after.entries(.server) == [IDEntry(id: "142", labels: ["db", "ACTIVE"])])
        #expect(after.entries(.port) == [ports[0]])

        // It adds a server: to the list as the file has it now, and reads see that list.
        waiting.upsert(.server, IDEntry(id: "143", labels: ["cache", "BUILD"]))
        #expect(waiting.entries(.server).map(\.id) == ["142", "143"])
        IDCache.savePending()
        after = IDCache(path: path)
        #expect(after.entries(.server).map(\.id) == ["142", "143"])
        #expect(after.entries(.port) == [ports[0]])
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

    @Test func aServedListThenAnotherKindSeesBothAndTheFileKeepsBoth() throws {
        let path = temporary.path + "/ids-default.json"
        IDCache(path: path).replace(.network, with: networks)
        let served = IDCache(path: path, defersSaves: true)
        served.replace(.port, with: ports)
        let other = IDCache(path: path, defersSaves: true)
        other.upsert(.server, IDEntry(id: "141", labels: ["web", "ACTIVE"]))
        #expect(served.entries(.network) == networks)
        #expect(served.entries(.port) == ports)
        IDCache.savePending()
        let after = IDCache(path: path)
        #expect(after.entries(.network) == networks && after.entries(.port) == ports)
        #expect(after.entries(.server) == [IDEntry(id: "141", labels: ["web", "ACTIVE"])])
    }

    @Test func aServedFullListMakesItsEntriesOnceWhenFirstNeeded() throws {
        let path = temporary.path + "/ids-default.json"
        let made = Mutex(0)
        let entry: @Sendable (Int) -> IDEntry = { number in
            made.withLock { $0 += 1 }
            return IDEntry(id: "\(number)", labels: ["DOWN", "network 2"])
        }
        let served = IDCache(path: path, defersSaves: true)
        // Out of order, and one that is no id: sorted and dropped as a list of entries is.
        served.record(.port, [3, 1, 2, -1], partial: false, entry: entry)
        #expect(made.withLock { $0 } == 0)
        #expect(served.entries(.port) == ports)
        #expect(made.withLock { $0 } == 4)
        IDCache.savePending()
        #expect(made.withLock { $0 } == 4)
        #expect(IDCache(path: path).entries(.port) == ports)
        #expect(IDCache(path: path).refreshed(.port) != nil)
    }

    @Test func aServedFullListNobodyAskedForIsMadeWhenSavedAndTheNextReaderSeesIt() throws {
        let path = temporary.path + "/ids-default.json"
        IDCache(path: path).replace(.network, with: networks)
        let made = Mutex(0)
        let served = IDCache(path: path, defersSaves: true)
        served.record(.port, [1, 2, 3], partial: false) { number in
            made.withLock { $0 += 1 }
            return IDEntry(id: "\(number)", labels: ["DOWN", "network 2"])
        }
        #expect(made.withLock { $0 } == 0)
        let next = IDCache(path: path, defersSaves: true)
        #expect(next.entries(.port) == ports && next.entries(.network) == networks)
        #expect(made.withLock { $0 } == 3)
    }

    @Test func aListNotPutOffIsSavedAtOnceAndPartOfAListIsAdded() throws {
        let path = temporary.path + "/ids-default.json"
        let entry: @Sendable (Int) -> IDEntry = { IDEntry(id: "\($0)", labels: ["DOWN", "network 2"]) }
        IDCache(path: path).record(.port, [1, 2], partial: false, entry: entry)
        #expect(IDCache(path: path).entries(.port) == Array(ports.prefix(2)))
        let served = IDCache(path: path, defersSaves: true)
        served.record(.port, [3], partial: true, entry: entry)
        IDCache.savePending()
        #expect(IDCache(path: path).entries(.port) == ports)
    }

    @Test func aServedPartOfAListIsAddedToTheListInTheFile() throws {
        let path = temporary.path + "/ids-default.json"
        IDCache(path: path).replace(.port, with: ports)
        let served = IDCache(path: path, defersSaves: true)
        let fourth = IDEntry(id: "4", labels: ["DOWN", "network 3"])
        let changed = IDEntry(id: "2", labels: ["ACTIVE", "network 2"])
        served.update(.port, with: [fourth])
        served.upsert(.port, changed)
        #expect(served.entries(.port) == [ports[0], changed, ports[2], fourth])
        served.upsert(.port, ports[1])
        IDCache.savePending()
        let after = IDCache(path: path)
        #expect(after.entries(.port) == ports + [fourth])
        // Still known to have been listed whole.
        #expect(after.refreshed(.port) != nil)
    }

    @Test func aServedPartOfAListIsAddedToTheFileAsItIsWhenSaved() throws {
        let path = temporary.path + "/ids-default.json"
        let other = temporary.path + "/ids-other.json"
        IDCache(path: path).replace(.port, with: ports)
        IDCache(path: other).replace(.port, with: [ports[0], ports[2]])
        let served = IDCache(path: path, defersSaves: true)
        let fourth = IDEntry(id: "4", labels: ["DOWN", "network 3"])
        served.update(.port, with: [fourth])
        // Changed under it before its save (as by a command of another process): the file is not read until then.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: other, toPath: path)
        IDCache.savePending()
        #expect(IDCache(path: path).entries(.port) == [ports[0], ports[2], fourth])
    }

    @Test func aCommandPutsOffItsSaveWhileAnothersIsWritten() throws {
        let path = temporary.path + "/ids-default.json"
        let (started, release, putOff, saved) = (
            DispatchSemaphore(value: 0), DispatchSemaphore(value: 0), DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)
        )
        let writing = IDCache(path: path, defersSaves: true)
        writing.record(.port, [1, 2, 3], partial: false) { number in
            if number == 1 {
                started.signal()
                release.wait()
            }
            return IDEntry(id: "\(number)", labels: ["DOWN", "network 2"])
        }
        DispatchQueue.global().async {
            IDCache.savePending()
            saved.signal()
        }
        started.wait()
        // The first command's save is being written (held in its entries): the next one still puts its own off.
        let next = IDCache(path: path, defersSaves: true)
        DispatchQueue.global().async {
            next.replace(.network, with: networks)
            putOff.signal()
        }
        let nextWaited = putOff.wait(timeout: .now() + 30) == .timedOut
        release.signal()
        saved.wait()
        if nextWaited { putOff.wait() }
        #expect(!nextWaited, "the next command waited for the first one's save")
        IDCache.savePending()
        let after = IDCache(path: path)
        #expect(after.entries(.port) == ports && after.entries(.network) == networks)
    }
}
