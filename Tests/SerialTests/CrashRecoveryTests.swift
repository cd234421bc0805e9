import Foundation
import GRDB
import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Synchronization
import Testing

/// `kill -9` of the built `kamaki-cloud` during a stream of writes loses nothing that was answered,
/// leaves an intact database, and keeps quota usage equal to the resources that exist.
@Suite struct CrashRecoveryTests {
    @Test(.enabled(if: BuiltProducts.isBuilt("kamaki-cloud"), "needs kamaki-cloud built (swift build --product kamaki-cloud)"))
    func killDuringWritesLeavesAConsistentState() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/crash.sqlite"
            let child = try await LocalCloudProcess.launch(["--port", "0", "--state", path, "--settle", "0"])
            try await Fixtures(path: path).execute("UPDATE quotas SET quota_limit = 100000 WHERE resource LIKE 'cyclades.%'")
            let api = CloudAPI(port: Int(URL(string: child.base)?.port ?? 0), token: child.tokens[0])
            let confirmed = Confirmed()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        for step in 0..<1000 {
                            guard
                                let reply = try? await
                                    (step % 3 == 0
                                    ? api.reserveIP()
                                    : api.post(
                                        "/network/v2.0/networks",
                                        ["network": ["type": "MAC_FILTERED", "name": .string("w\(worker)-\(step)")]]))
                            else { return }
                            if reply.status == 201 || reply.status == 200 {
                                confirmed.withLock { $0.append((reply["network"] ?? reply["floatingip"])?["id"]?.idString ?? "") }
                            }
                            if step % 5 == 4, let id = reply["floatingip"]?["id"]?.idString {
                                _ = try? await api.delete("/network/v2.0/floatingips/\(id)")
                            }
                        }
                    }
                }
                group.addTask {
                    _ = try await eventually(timeout: 30) { confirmed.withLock { $0.count } >= 60 }
                    child.stop(signal: SIGKILL)
                }
                try await group.waitForAll()
            }
            #expect(confirmed.withLock { $0.count } >= 60)

            let queue = try DatabaseQueue(path: path)
            let integrity = try await queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
            #expect(integrity == "ok")
            let (networks, networkUsage, ips, ipUsage) = try await queue.read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM networks WHERE user_id = 's0m3-u53r-1d' AND deleted IS NULL") ?? -1,
                    try Int.fetchOne(
                        db, sql: "SELECT usage FROM quotas WHERE user_id = 's0m3-u53r-1d' AND resource = 'cyclades.network.private'") ?? -2,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM floating_ips WHERE user_id = 's0m3-u53r-1d' AND deleted IS NULL") ?? -1,
                    try Int.fetchOne(
                        db, sql: "SELECT usage FROM quotas WHERE user_id = 's0m3-u53r-1d' AND resource = 'cyclades.floating_ip'") ?? -2
                )
            }
            try queue.close()
            #expect(networks == networkUsage)
            #expect(ips == ipUsage)

            // Restarted, it serves everything it confirmed before the kill.
            let restarted = try await LocalCloudProcess.launch(["--port", "0", "--state", path])
            let again = CloudAPI(port: Int(URL(string: restarted.base)?.port ?? 0), token: restarted.tokens[0])
            let networkIDs = Set(
                try await again.get("/network/v2.0/networks")["networks"]?.arrayValue?.compactMap { $0["id"]?.idString } ?? [])
            let allIPs = try await again.get("/network/v2.0/floatingips?changes-since=\(recentTime)")
            let ipIDs = Set(allIPs["floatingips"]?.arrayValue?.compactMap { $0["id"]?.idString } ?? [])
            for id in confirmed.withLock({ $0 }) {
                #expect(networkIDs.contains(id) || ipIDs.contains(id), "confirmed id \(id) is missing after the restart")
            }
            #expect(restarted.stop(signal: SIGTERM) == 0)
        }
    }
}

/// Ten minutes ago, as `changes-since` text.
private var recentTime: String {
    ISO8601DateFormatter().string(from: Date().addingTimeInterval(-600))
}

/// Ids the server confirmed, collected from concurrent writers.
private final class Confirmed: Sendable {
    private let ids = Mutex<[String]>([])
    func withLock<T>(_ body: (inout [String]) -> T) -> T { ids.withLock { body(&$0) } }
}
