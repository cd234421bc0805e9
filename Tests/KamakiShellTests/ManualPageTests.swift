import Foundation
import KamakiCommands
import KamakiShell
import Testing

/// The committed man pages in `man/` are what the registry generates (`make man` regenerates them);
/// kamaki-cloud's page is checked in EndToEndTests (it needs the built kamaki-cloud's help dump).
@Suite struct ManualPageTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    @Test(arguments: ["kamaki", "kamaki-shell"])
    func committedPageIsCurrent(name: String) throws {
        let committed = try String(contentsOfFile: Self.root + "/man/\(name).1", encoding: .utf8)
        let generated = name == "kamaki" ? ManualPage.kamaki().render() : ShellManual.page().render()
        #expect(committed == generated, "man/\(name).1 is stale: run `make man`")
    }

    @Test func kamakiPageDescribesEveryVerbAndGlobalOption() {
        let page = ManualPage.kamaki().render()
        for group in CommandCatalog.shared.groups {
            #expect(page.contains(".SS \"\(group.name)\""))
            for verb in group.verbs {
                #expect(page.contains("kamaki \(group.name) \(ManualPage.escaped(verb.usage))"), "\(group.name) \(verb.name)")
            }
        }
        #expect(page.contains("\\-\\-cloud <value>"))
        #expect(page.contains(".SH \"EXIT STATUS\""))
    }

    @Test func shellPageNamesBareVerbsBuiltinsAndKeys() {
        let page = ShellManual.page().render()
        #expect(page.contains("\\fBattach\\fR\nruns as ip attach"))
        #expect(page.contains("\\fBlist\\fR\nrefused outside a context: one of network list, subnet list"))
        for builtin in ShellBuiltin.all { #expect(page.contains("\\fB\(ManualPage.escaped(builtin.name))\\fR")) }
        #expect(page.contains("\\fBCtrl\\-R\\fR"))
        #expect(page.contains(".SH \"HISTORY\""))
    }

    @Test func textIsEscapedForRoff() {
        #expect(ManualPage.escaped("--wait") == "\\-\\-wait")
        #expect(ManualPage.escaped(".. leaves") == "\\&.. leaves")
        #expect(ManualPage.escaped("'quoted' a\\b") == "\\&'quoted' a\\eb")
        // No glyph a terminal without UTF-8 lacks: `man` warns "can't find special character" (the install test runs it).
        #expect(ManualPage.escaped("NAME1, NAME2, … (drbd — plain)") == "NAME1, NAME2, ... (drbd \\-\\- plain)")
        #expect(ManualPage.escaped("\u{2018}x\u{2019}") == "\\&'x'")
        let page = ManualPage(name: "x", summary: "y", sections: [.init("Options", [.item("-v", "one\n.two")])]).render()
        #expect(page.contains(".TP\n\\fB\\-v\\fR\none\n\\&.two\n"))
    }
}
