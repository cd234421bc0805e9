import KamakiAPI
import Testing

@testable import KamakiCommands

@Suite struct FormattingTests {
    static let sizeCases: [(Int64, String)] = [
        (0, "0B"), (80 * 1_073_741_824, "80GiB"), (1_535_450_808, "1.43GiB"), (9 * 1_073_741_824, "9GiB"),
        (1536, "1.5KiB"), (500 * 1_073_741_824, "500GiB"),
    ]

    @Test func sizes() {
        for (bytes, text) in Self.sizeCases { #expect(SizeFormat.format(bytes) == text) }
    }

    @Test func dictUsesPreferredOrderThenAlphabetical() throws {
        let output = BufferedOutput()
        let object = try #require(
            JSON.parse(
                #"{"zeta": 1, "type": "MAC_FILTERED", "id": "2", "status": "ACTIVE", "alpha": null, "subnets": [], "public": false}"#
            ).objectValue)
        Renderer(output: output).dict(object, order: FieldOrder.network)
        #expect(output.standard == "id: 2\nstatus: ACTIVE\npublic: False\nsubnets:\ntype: MAC_FILTERED\nalpha: None\nzeta: 1\n")
    }

    @Test func nestedListsAndControlCharacters() throws {
        let output = BufferedOutput()
        let object = try #require(
            JSON.parse(#"{"fixed_ips": [{"ip_address": "192.168.3.5", "subnet": "53"}], "name": "a\nb"}"#).objectValue)
        Renderer(output: output).dict(object, nestedOrders: ["fixed_ips": FieldOrder.fixedIP])
        #expect(output.standard == "fixed_ips:\n    subnet: 53\n    ip_address: 192.168.3.5\nname: a\\nb\n")
    }

    @Test func listHeadersAndDetails() throws {
        let output = BufferedOutput()
        let texts = [#"{"id": "1", "name": "public_network", "public": true}"#, #"{"id": "2", "name": "", "public": false}"#]
        let items = try texts.compactMap { try JSON.parse($0).objectValue }
        Renderer(output: output).list(items, details: false, suffix: { $0["public"]?.boolValue == true ? "( public )" : "( private )" })
        #expect(output.standard == "1 public_network ( public )\n2  ( private )\n")
        let detailed = BufferedOutput()
        Renderer(output: detailed).list(items, details: true)
        #expect(detailed.standard == "1 public_network\n    public: True\n2\n    public: False\n")
    }

    /// A long list is written in parts of whole lines, as it is laid out; together they are the whole list.
    @Test func longListsAreWrittenInPartsOfWholeLines() {
        final class Parts: OutputSink, @unchecked Sendable {
            var parts: [String] = []
            let errorIsTerminal = false
            let columns: Int? = nil
            func write(_ text: String, to stream: KamakiCommands.OutputStream) { parts.append(text) }
        }
        let sink = Parts()
        let items = (0..<5_000).map { JSONObject([("id", .string(String($0))), ("name", "port  "), ("status", "DOWN")]) }
        Renderer(output: sink).list(items, details: true)
        #expect(sink.parts.count > 1)
        #expect(sink.parts.allSatisfy { $0.hasSuffix("\n") && $0.utf8.count < 2 * Renderer.listPart })
        #expect(sink.parts.joined() == (0..<5_000).map { "\($0) port\n    status: DOWN\n" }.joined())
        let empty = Parts()
        Renderer(output: empty).list([], details: false)
        #expect(empty.parts == [""])
    }

    @Test func historyMasking() {
        #expect(
            HistoryFile.masked(["kamaki", "config", "set", "cloud.x.token", "abc"], tokens: []) == "kamaki config set cloud.x.token ...")
        #expect(HistoryFile.masked(["kamaki", "network", "list", "--name=My Net"], tokens: []) == "kamaki network list '--name=My Net'")
        #expect(HistoryFile.masked(["ip", "list", "xyzTOKENxyz"], tokens: ["TOKEN"]) == "ip list xyz...xyz")
    }

    @Test func errorDetailsSplitAtSentences() {
        #expect(
            ErrorPresenter.sentences("Limit for resource 'Floating IP address' exceeded for your account. Available: 0, Requested: 1")
                == ["Limit for resource 'Floating IP address' exceeded for your account.", "Available: 0, Requested: 1"])
        #expect(ErrorPresenter.sentences("") == [])
    }
}
