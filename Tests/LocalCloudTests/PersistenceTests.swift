import Foundation
import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// The state file: survives restarts, can be reset, and is shared safely by two servers at once.
@Suite struct PersistenceTests {
    @Test func stateSurvivesARestart() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/state.sqlite"
            let tokens = try await withInProcessCloud(statePath: path) { (cloud: InProcessCloud) async throws in
                let api = CloudAPI(cloud)
                _ = try await api.createNetwork("kept")
                _ = try await api.reserveIP()
                return cloud.tokens
            }
            try await withInProcessCloud(seed: .empty, statePath: path) { (cloud: InProcessCloud) async throws in
                #expect(cloud.tokens == tokens)
                let api = CloudAPI(cloud)
                #expect(try await api.get("/network/v2.0/networks/2")["network"]?["name"] == "kept")
                #expect(try await api.get("/compute/v2.0/servers")["servers"]?.arrayValue?.count == 2)
                #expect(try await usage(api, "cyclades.floating_ip") == 1)
                #expect(try await api.reserveIP()["floatingip"]?["id"] == "9")
            }
        }
    }

    @Test func stateFilesAreTheOwnersOnly() async throws {
        try await withTemporaryDirectory { folder in
            let path = folder + "/state.sqlite"
            // A state file left readable by an older kamaki-cloud is tightened too.
            #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644]))
            let previous = umask(0o022)
            defer { umask(previous) }
            try await withInProcessCloud(statePath: path) { (cloud: InProcessCloud) async throws in
                _ = try await CloudAPI(cloud).createNetwork("written")
                for file in [path, path + "-wal", path + "-shm"] {
                    let attributes = try FileManager.default.attributesOfItem(atPath: file)
                    #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(file)")
                }
            }
            let fresh = folder + "/fresh.sqlite"
            try LocalCloud.reset(statePath: fresh, seed: .tutorial)
            for file in [fresh, fresh + "-wal", fresh + "-shm"] where FileManager.default.fileExists(atPath: file) {
                let attributes = try FileManager.default.attributesOfItem(atPath: file)
                #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(file)")
            }
        }
    }

    @Test func resetReseeds() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/state.sqlite"
            let before = try await withInProcessCloud(statePath: path) { (cloud: InProcessCloud) async throws in
                _ = try await CloudAPI(cloud).createNetwork()
                return cloud.tokens
            }
            try LocalCloud.reset(statePath: path, seed: .empty)
            try await withInProcessCloud(statePath: path) { (cloud: InProcessCloud) async throws in
                #expect(cloud.tokens != before)
                let api = CloudAPI(cloud)
                #expect(try await api.get("/compute/v2.0/servers").json == ["servers": []])
                #expect(try await api.get("/network/v2.0/networks")["networks"]?.arrayValue?.count == 1)
                #expect(try await api.createNetwork() == "2")
            }
            var configuration = LocalCloudConfiguration(statePath: path, seed: .tutorial, settle: 0, reset: true)
            configuration.port = 0
            let cloud = try await LocalCloud.start(configuration)
            #expect(try await CloudAPI(cloud).get("/compute/v2.0/servers")["servers"]?.arrayValue?.count == 2)
            await cloud.stop()
            await cloud.stop()
        }
    }

    @Test func inMemoryState() async throws {
        try await withInProcessCloud(statePath: ":memory:") { (cloud: InProcessCloud) async throws in
            #expect(try await CloudAPI(cloud).createNetwork() == "2")
        }
    }

    @Test func twoServersOnOneFileLoseNothing() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/shared.sqlite"
            try await withInProcessCloud(statePath: path) { first in
                try await withInProcessCloud(statePath: path) { second in
                    #expect(first.tokens == second.tokens)
                    let a = CloudAPI(first)
                    let b = CloudAPI(second)
                    try await Fixtures(first).execute("UPDATE quotas SET quota_limit = 1000 WHERE resource = 'cyclades.network.private'")
                    let ids = try await withThrowingTaskGroup(of: String.self) { group in
                        for index in 0..<40 {
                            let api = index % 2 == 0 ? a : b
                            group.addTask { try await api.createNetwork("n\(index)") }
                        }
                        return try await group.reduce(into: [String]()) { $0.append($1) }
                    }
                    #expect(Set(ids).count == 40)
                    #expect(try await b.get("/network/v2.0/networks")["networks"]?.arrayValue?.count == 41)
                    #expect(try await usage(a, "cyclades.network.private") == 40)
                    // A port made through one server settles and is seen through the other.
                    let port = try CloudAPI.id(try await a.createPort(network: ids[0], device: "141"), "port")
                    #expect(try await eventually { try await b.get("/network/v2.0/ports/\(port)")["port"]?["status"] == "ACTIVE" })
                }
            }
        }
    }

    @Test func defaultStatePathFollowsXDG() async throws {
        try await withTemporaryDirectory { stateHome in
            let path = LocalCloudConfiguration.defaultStatePath(environment: ["XDG_STATE_HOME": stateHome, "HOME": "/nonexistent"])
            #expect(path == stateHome + "/kamaki/local.sqlite")
            let folder = (path as NSString).deletingLastPathComponent
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder)
            #expect(attributes != nil)
        }
    }
}
