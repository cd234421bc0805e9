import Foundation
import KamakiCommands
import Testing

@testable import KamakiShell

/// Ids and names from a cloud that is not trusted: shell syntax and terminal control sequences.
let hostileIDs: [IDKind: [IDEntry]] = [
    .network: [
        IDEntry(id: "1", labels: ["public_network", "public"]),
        IDEntry(id: "$(touch /tmp/x)", labels: ["a", "private"]),
        IDEntry(id: "\u{1b}[2J7", labels: ["b", "private"]),
        IDEntry(id: "3", labels: ["net\u{1b}]0;pwned\u{07}", "private"]),
        IDEntry(id: "4", labels: ["\u{1b}[31mred", "private\r"]),
    ]
]

/// Tab never offers a malformed id, never lists a control character, and never inserts one
/// into the edit line (where the line editor would echo it to the terminal).
@Suite("Hostile candidates")
struct HostileCandidateTests {
    func listed(_ line: String) -> [Candidate] {
        let completer = Completer(catalog: .shared) { hostileIDs[$0] ?? [] }
        if case .list(let candidates) = completer.complete(line, group: nil).edit { return candidates }
        return []
    }

    @Test func malformedIDsAreNotOffered() {
        #expect(listed("network info ").map(\.value) == ["1", "3", "4"])
        #expect(completed("network info $", ids: hostileIDs) == "<beep>")
    }

    @Test func theListShowsControlCharactersEscaped() {
        let text = CandidateList.render(listed("network info "))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text.debugDescription)")
        #expect(text.contains(#"net\x1b]0;pwned\x07"#))
        // Labels sit in aligned columns, measured as shown (escaped).
        #expect(text.contains(#"\x1b[31mred "#) && text.contains(#"  private\r"#))
        let starts = text.split(separator: "\n").compactMap { line in
            line.range(of: "  p", options: .backwards)?.lowerBound.utf16Offset(in: line)
        }
        #expect(Set(starts).count == 1, "\(text)")
    }

    @Test func aNameWithAControlCharacterIsNeverInsertedIntoTheLine() {
        // `--name=<Tab>` offers the names the cache knows: only the clean ones.
        let line = completed("network list --name=", ids: hostileIDs)
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 }, "\(line.debugDescription)")
        #expect(completed("network list --name=pw", ids: hostileIDs) == "<beep>")
        #expect(completed("network list --name=p", ids: hostileIDs) == "network list --name=public_network ")
    }
}
