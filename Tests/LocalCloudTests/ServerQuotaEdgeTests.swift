import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Testing

/// The VM quota under concurrent creates over real HTTP: never over-committed, every refusal the exact 413.
@Suite struct ServerQuotaEdgeTests {
    @Test func fiftyConcurrentCreatesAtTheEdge() async throws {
        try await withLocalCloud(settle: 0.2) { cloud in
            let api = CloudAPI(cloud)
            let statuses = try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for index in 0..<50 {
                    group.addTask {
                        let reply = try await api.createServer("edge \(index)")
                        return (reply.status, reply.fault?.details ?? "")
                    }
                }
                var all: [(Int, String)] = []
                for try await result in group { all.append(result) }
                return all
            }
            // 8 VMs, 2 used by the tutorial's servers: 6 fit.
            #expect(statuses.filter { $0.0 == 202 }.count == 6)
            let refused = statuses.filter { $0.0 != 202 }
            #expect(refused.count == 44)
            #expect(
                refused.allSatisfy {
                    $0.0 == 413 && $0.1 == "Limit for resource 'Virtual Machine' exceeded for your account. Available: 0, Requested: 1"
                })
            #expect(try await usage(api, "cyclades.vm") == 8)
            #expect(try await usage(api, "cyclades.cpu") == 4 + 6)
            #expect(try await usage(api, "cyclades.disk") == (80 << 30) + (6 << 30))
            #expect(try await api.get("/compute/v2.0/servers")["servers"]?.arrayValue?.count == 8)
        }
    }
}
