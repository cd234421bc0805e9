import Foundation
import KamakiCommands
import KamakiTestSupport
import Testing

/// man/kamaki-cloud.1 is what kamaki-cloud's own help dump generates (`make man` regenerates it).
@Suite struct CloudManualPageTests {
    @Test(.enabled(if: BuiltProducts.isBuilt("kamaki-cloud"), "kamaki-cloud is not built"))
    func committedPageIsCurrent() throws {
        let dump = try BinaryRun.run(LocalCloudProcess.binaryPath, ["--experimental-dump-help"], environment: [:])
        try #require(dump.status == 0, "\(dump.err)")
        let page = try ManualPage.tool(dumpHelp: dump.out, seeAlso: ["kamaki(1)", "kamaki-shell(1)"]).render()
        let committed = try String(contentsOfFile: BinaryRun.packageRoot + "/man/kamaki-cloud.1", encoding: .utf8)
        #expect(committed == page, "man/kamaki-cloud.1 is stale: run `make man`")
        #expect(page.contains("\\fB\\-\\-settle <value>\\fR"))
    }

    @Test func aDumpThatIsNotOneIsAnError() {
        #expect(throws: CommandCatalog.BuildError.self) { try ManualPage.tool(dumpHelp: "not json", seeAlso: []) }
    }
}
