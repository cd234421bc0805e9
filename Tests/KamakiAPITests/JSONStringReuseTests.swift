import KamakiAPI
import Testing

/// The parser makes one string for a long string it has just made of the same bytes (a port's two links,
/// its `created` and `updated`): `port list -l` of ten thousand ports holds thousands fewer heap blocks. The
/// values read are the same as ever.
@Suite struct JSONStringReuseTests {
    /// Where a string's UTF-8 bytes are stored, if contiguously.
    private func storage(_ text: String?) -> UnsafeRawPointer? {
        text?.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    @Test func aRepeatedLongStringIsMadeOnce() throws {
        let href = "http://127.0.0.1:8080/network/v2.0/ports/101"
        let port = try JSON.parse(
            #"{"links": [{"rel": "self", "href": "\#(href)"}, {"rel": "bookmark", "href": "\#(href)"}], "#
                + #""created": "2026-12-07T04:59:45.392540+00:00", "updated": "2026-12-07T04:59:45.392540+00:00"}"#)
        let links = try #require(port["links"]?.arrayValue)
        let first = links[0]["href"]?.stringValue
        let second = links[1]["href"]?.stringValue
        #expect(first == href && second == href)
        #expect(storage(first) != nil)
        #expect(storage(first) == storage(second))
        #expect(storage(port["created"]?.stringValue) == storage(port["updated"]?.stringValue))
    }

    @Test func stringsOfTheSameLengthKeepTheirOwnBytes() throws {
        let texts = [
            "aaaaaaaaaaaaaaaaaaaaX", "aaaaaaaaaaaaaaaaaaaaY", "aaaaaaaaaaaaaaaaaaaaX", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbX",
            "aaaaaaaaaaaaaaaaaaaaX", "short", "short", "with \\\"escape\\\" aaaaaaaaaa", "with \\\"escape\\\" aaaaaaaaaa",
            "θύρα θύρα θύρα θύρα",
        ]
        let parsed = try JSON.parse("[" + texts.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
        let expected = texts.map { $0.replacing("\\\"", with: "\"") }
        #expect(parsed.arrayValue?.map(\.stringValue) == expected)
        // Inside a list read for some members only, too.
        let list = try JSON.parse(
            Array(#"{"ports": [{"id": "aaaaaaaaaaaaaaaaaaaaX", "x": "aaaaaaaaaaaaaaaaaaaaY"}, {"id": "aaaaaaaaaaaaaaaaaaaaY"}]}"#.utf8),
            keepingItemMembers: ["id"])
        #expect(list == ["ports": [["id": "aaaaaaaaaaaaaaaaaaaaX"], ["id": "aaaaaaaaaaaaaaaaaaaaY"]]])
    }
}
