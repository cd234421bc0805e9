import ArgumentParser
import Foundation
import KamakiCommands
import Testing

/// The committed completion scripts in `completions/` must match the registry (`make completions` regenerates them).
@Suite struct CompletionScriptTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    @Test(arguments: [("bash", "kamaki.bash"), ("zsh", "_kamaki"), ("fish", "kamaki.fish")])
    func committedScriptIsCurrent(shell: String, file: String) throws {
        let kind = try #require(CompletionShell(rawValue: shell))
        let committed = try String(contentsOfFile: Self.root + "/completions/" + file, encoding: .utf8)
        #expect(
            Self.trimmed(committed) == Self.trimmed(CompletionScripts.script(for: kind)),
            "completions/\(file) is stale: run `make completions`")
    }

    /// Each script has kamaki's candidate handling (see CompletionScripts): if ArgumentParser's
    /// output changes shape, this fails instead of shipping a script that evaluates candidates.
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyScriptIsHardened(shell: String) throws {
        let kind = try #require(CompletionShell(rawValue: shell))
        let script = CompletionScripts.script(for: kind)
        #expect(script != Kamaki.completionScript(for: kind))
        #expect(script.contains("Candidates are data"))
    }

    static func trimmed(_ text: String) -> Substring {
        text[..<(text.lastIndex { !$0.isNewline }.map { text.index(after: $0) } ?? text.startIndex)]
    }
}
