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
        let s5 = "5b2c7d1e-3f4a-4b6c-8d9e-0a1b2c3d4e5f"
        let s6 = "6c3d8e2f-4a5b-4c7d-9e0f-1a2b3c4d5e6f"
        let entries = [
            IDEntry(id: s1, labels: ["demo-server-1", "ACTIVE"]), IDEntry(id: s2, labels: ["demo-server-2", "ACTIVE"]),
            IDEntry(id: s3, labels: ["twin", "ACTIVE"]), IDEntry(id: s4, labels: ["twin", "BUILD"]),
            IDEntry(id: "141", labels: ["web server", "ACTIVE"]), IDEntry(id: "142", labels: ["$(reboot)", "ACTIVE"]),
            IDEntry(id: "bad id\u{1b}", labels: ["bad", "ACTIVE"]),
            // No name: the status is its only label, and no name to offer.
            IDEntry(id: s5, labels: ["ACTIVE"]),
            // Names that read as ids.
            IDEntry(id: s6, labels: ["2024", "ACTIVE"]),
        ]
        let cases: [(String, [String])] = [
            ("", [s1, s2, s3, s4, "141", "142", s5, s6]),
            ("ACT", [s5]),
            ("20", [s6]),
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
            #expect(IDCompletion.candidates(entries, kind: .server, prefix: prefix) == expected, "\(prefix)")
        }
        // Kinds whose commands take ids only (an image, a subnet): never a name.
        let images = [IDEntry(id: "f1r57-1m4g3-1d", labels: ["Debian"]), IDEntry(id: "53c0nd-1m4g3-1d", labels: ["debian-12"])]
        #expect(IDCompletion.candidates(images, kind: .image, prefix: "debian") == ["53c0nd-1m4g3-1d"])
        // A network's first label is its name, empty or not.
        let networks = [IDEntry(id: "1", labels: ["public_network", "public"]), IDEntry(id: "2", labels: ["", "private"])]
        #expect(IDCompletion.candidates(networks, kind: .network, prefix: "pub") == ["public_network"])
        #expect(IDCompletion.candidates(networks, kind: .network, prefix: "priv") == [])
    }
}
