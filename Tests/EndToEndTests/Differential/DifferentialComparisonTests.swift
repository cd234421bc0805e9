import Testing

/// The differential test's own parts: what its normalising forgives and what it still catches.
@Suite struct DifferentialComparisonTests {
    let comparison = DifferentialComparison(sideValues: [("http://127.0.0.1:4242", "BASE"), ("/tmp/home-a", "HOME")])

    @Test func keyOrderTimestampsAndPortsAreForgiven() {
        let kamaki = """
            1 net
                status: ACTIVE
                router:external: True
                links:
                    href: http://127.0.0.1:4242/network/v2.0/networks/1
                    rel: self
                updated: 2026-12-06T22:39:26.413041+00:00

            """
        let ours = """
            1 net
                updated: 2026-01-01T00:00:00Z
                links:
                    rel: self
                    href: http://127.0.0.1:4242/network/v2.0/networks/1
                router:external: True
                status: ACTIVE
            """
        #expect(comparison.canonicalText(kamaki) == comparison.canonicalText(ours))
    }

    @Test func aChangedValueOrAMovedItemIsCaught() {
        #expect(comparison.canonicalText("1 a\n    status: ACTIVE\n") != comparison.canonicalText("1 a\n    status: BUILD\n"))
        #expect(comparison.canonicalText("1 a\n2 b\n") != comparison.canonicalText("2 b\n1 a\n"), "a list keeps its order")
        #expect(comparison.canonicalText("a:\n    x: 1\n") != comparison.canonicalText("a:\nx: 1\n"), "nesting counts")
    }

    @Test func jsonMustBeASuperset() {
        let kamaki = #"{"subnet": {"cidr": "10.0.0.0/24", "ids": [1, 2]}}"#
        #expect(comparison.jsonDifferences(kamaki: kamaki, ours: #"{"subnet": {"ids": [1, 2], "cidr": "10.0.0.0/24", "extra": 1}}"#) == [])
        #expect(
            comparison.jsonDifferences(kamaki: kamaki, ours: #"{"cidr": "10.0.0.0/24", "ids": [1, 2]}"#)?.count == 3,
            "unwrapped: every path missing")
        #expect(
            comparison.jsonDifferences(kamaki: kamaki, ours: #"{"subnet": {"cidr": "10.0.0.0/24", "ids": ["1", 2]}}"#)
                == [#".subnet.ids[0]: kamaki 1 ours "1""#])
        #expect(comparison.jsonDifferences(kamaki: "not json", ours: "{}") == nil)
    }

    @Test func corpusAndAllowlistParse() throws {
        #expect(
            try DifferentialCorpus.words(#"network create --name "My Net" --x='a b' c\ d"#) == [
                "network", "create", "--name", "My Net", "--x=a b", "c d",
            ])
        #expect(throws: DifferentialCorpus.SyntaxError.self) { try DifferentialCorpus.words("a 'b") }
        let list = try DifferentialAllowlist.parse("| `network list*` | text | why |\n| `x \\| y` | exit | pipe |\n")
        #expect(list.allowing(.text, on: "network list -l").count == 1)
        #expect(list.allowing(.exit, on: "network list -l").isEmpty)
        #expect(list.allowing(.exit, on: "x | y").count == 1)
        #expect(throws: DifferentialAllowlist.FormatError.self) { try DifferentialAllowlist.parse("| `a` | sometimes | why |\n") }
        #expect(throws: DifferentialAllowlist.FormatError.self) { try DifferentialAllowlist.parse("| `a` | text |  |\n") }
        #expect(DifferentialAllowlist.glob("*-V", matches: "network list -V") && !DifferentialAllowlist.glob("*-V", matches: "-V x"))
    }
}
