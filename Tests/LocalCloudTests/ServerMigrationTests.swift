import KamakiAPI
import KamakiTestSupport
import LocalCloud
import Testing

/// A state file made before servers could be built (no `v3-servers` migration) is upgraded in place.
@Suite struct ServerMigrationTests {
    @Test func stateFromBeforeServersIsUpgraded() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/old.sqlite"
            try await withInProcessCloud(statePath: path) { _ in }
            // Back to the schema and holdings of the previous version.
            let columns = ["task", "interim", "task_until", "key_names", "vcpus", "ram", "disk"]
            try await Fixtures(path: path).execute(
                columns.map { "ALTER TABLE servers DROP COLUMN \($0);" }.joined()
                    + """
                    DROP TABLE server_metadata;
                    DELETE FROM quotas WHERE resource IN ('cyclades.total_cpu', 'cyclades.total_ram');
                    UPDATE quotas SET quota_limit = 2 WHERE resource = 'cyclades.vm';
                    UPDATE quotas SET quota_limit = 8 WHERE resource = 'cyclades.cpu';
                    DELETE FROM grdb_migrations WHERE identifier = 'v3-servers';
                    """)
            try await withInProcessCloud(statePath: path) { cloud in
                let api = CloudAPI(cloud)
                #expect(try await api.server("141")["metadata"] == ["OS": "debian", "users": "root"])
                let quotas = try await api.get("/account/v1.0/quotas")["s0m3-u53r-1d"]
                #expect(quotas?["cyclades.vm"]?["limit"] == 8 && quotas?["cyclades.vm"]?["usage"] == 2)
                #expect(quotas?["cyclades.cpu"]?["limit"] == 16 && quotas?["cyclades.cpu"]?["usage"] == 4)
                let deleted = try await api.delete("/compute/v2.0/servers/141")
                #expect(deleted.status == 204)
                #expect(try await usage(api, "cyclades.vm") == 1)
                #expect(try await usage(api, "cyclades.cpu") == 2)
                #expect(try await usage(api, "cyclades.disk") == 40 << 30)
                #expect(try await api.createServer("after").status == 202)
            }
        }
    }
}
