import Foundation
import KamakiTestSupport
import LocalCloud
import Testing

/// The on-disk catalog cache across processes: a second `kamaki network list` makes no `/tokens` request.
@Suite(.temporaryDirectoriesPerTest) struct CatalogCacheProcessTests {
    @Test func aSecondProcessMakesOneRequest() async throws {
        try await withLocalCloud { cloud in
            let environment = try BinaryRun.freshEnvironment(cloud: cloud.identityURL, token: cloud.tokens[0])
            let home = try #require(environment["HOME"])
            let kamaki = BinaryRun.product("kamaki")
            let cold = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(cold.status == 0, "\(cold.err)")
            #expect(cloud.requestLog.count == 2)
            #expect(cloud.requestLog.first == "POST /identity/v2.0/tokens")
            let warm = try BinaryRun.run(kamaki, ["network", "list"], environment: environment)
            #expect(warm.out == cold.out)
            #expect(cloud.requestLog.count == 3, "\(cloud.requestLog)")
            #expect(cloud.requestLog.last?.hasPrefix("GET /network/v2.0/networks") == true)
            let cache = try FileManager.default.contentsOfDirectory(atPath: home + "/.cache/kamaki")
            for file in cache {
                let text = try String(contentsOfFile: home + "/.cache/kamaki/" + file, encoding: .utf8)
                #expect(!text.contains(cloud.tokens[0]) && !file.contains(cloud.tokens[0]), "no token in the cache")
            }
        }
    }
}
