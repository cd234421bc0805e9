import Testing

@testable import KamakiCommands

/// What the completion scripts are offered for an id argument: ids by their first characters, and a
/// name typed in part completed to the name (names work where ids go), when only one entry has it and
/// it is a plain word; otherwise the id.
@Suite struct IDCompletionTests {
    @Test func idsByPrefixAndNamesWhenTheyAreOneEntrysPlainWord() {
        let s1 = "d43a570b-1ea5-41c6-b0bd-9c8072487869"
        let s2 = "64b5e792-651e-4a8e-a9d8-3e9600196abf"
        let s3 = "0f2b6e1a-6c1e-4c55-9a7d-2f4b8e9d1c00"
        let s4 = "9a1d3c5e-7b2f-4e6a-8c0d-1e2f3a4b5c6d"
        let entries = [
            IDEntry(id: s1, labels: ["demo-server-1"]), IDEntry(id: s2, labels: ["demo-server-2"]),
            IDEntry(id: s3, labels: ["twin"]), IDEntry(id: s4, labels: ["twin"]),
            IDEntry(id: "141", labels: ["web server"]), IDEntry(id: "142", labels: ["$(reboot)"]),
            IDEntry(id: "bad id\u{1b}", labels: ["bad"]),
        ]
        let cases: [(String, [String])] = [
            ("", [s1, s2, s3, s4, "141", "142"]),
            ("d43", [s1]),
            ("demo-server-", ["demo-server-1", "demo-server-2"]),
            ("demo-server-2", ["demo-server-2"]),
            // Two entries named twin: the name would be ambiguous, so their ids.
            ("tw", [s3, s4]),
            // Not plain words: the ids.
            ("web", ["141"]),
            ("$(", ["142"]),
            ("14", ["141", "142"]),
            ("bad", []),
        ]
        for (prefix, expected) in cases {
            #expect(IDCompletion.candidates(entries, prefix: prefix) == expected, "\(prefix)")
        }
    }
}
