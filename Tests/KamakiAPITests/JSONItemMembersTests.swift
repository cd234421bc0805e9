import KamakiAPI
import Testing

/// `JSON.parse(_:keepingItemMembers:)`: a list's items keep only the members asked for, everything else is
/// read as `JSON.parse` reads it, and a document `JSON.parse` refuses is refused too.
@Suite struct JSONItemMembersTests {
    private func parse(_ text: String, keeping names: [String]) throws -> JSON {
        try JSON.parse(Array(text.utf8), keepingItemMembers: names)
    }

    /// `JSON.parse`'s value with the items' other members removed.
    private func projected(_ text: String, keeping names: [String]) throws -> JSON {
        guard case .object(var document) = try JSON.parse(text) else { return try JSON.parse(text) }
        for (key, value) in document {
            guard case .array(let items) = value else { continue }
            document[key] = .array(
                items.map { item in
                    guard case .object(let object) = item else { return item }
                    return .object(JSONObject(object.filter { names.contains($0.key) }.map { ($0.key, $0.value) }))
                })
        }
        return .object(document)
    }

    static let list = """
        {"ports": [{"id": "11", "links": [{"rel": "self", "href": "http://x/11"}], "name": "θύρα \\"1\\"", "created": "2026",
        "fixed_ips": [{"ip_address": "10.0.0.2", "subnet": "60"}], "admin_state_up": true, "n": -1.5e3, "gone": null,
        "security_groups": [], "extra": {"a": [1, {"b": "\\u00e9"}]}, "status": "DOWN"},
        {"name": "", "id": "12"}, {}, {"other": 1}, 7, "text", [{"name": "inner"}]], "count": {"name": 3, "x": [{"y": 1}]}}
        """

    @Test func itemsKeepOnlyTheNamedMembersInTheirOrder() throws {
        let names = ["id", "name", "fixed_ips", "status"]
        let value = try parse(Self.list, keeping: names)
        #expect(value == (try projected(Self.list, keeping: names)))
        let first = try #require(value["ports"]?.arrayValue?.first?.objectValue)
        #expect(first.keys == ["id", "name", "fixed_ips", "status"])
        #expect(first["name"] == .string("θύρα \"1\""))
        #expect(first["fixed_ips"]?.arrayValue?.first?["subnet"] == .string("60"))
        // An item with none of them is an empty object; items that are not objects, and the rest of the
        // document, are whole.
        #expect(value["ports"]?.arrayValue?[3] == .object(JSONObject()))
        #expect(value["ports"]?.arrayValue?[4] == .int(7))
        #expect(value["ports"]?.arrayValue?[6] == (try JSON.parse(#"[{"name": "inner"}]"#)))
        #expect(value["count"] == (try JSON.parse(#"{"name": 3, "x": [{"y": 1}]}"#)))
    }

    @Test func onlyTheItemsOfAListInAnObjectAreTrimmed() throws {
        // A document that is an array, or an object three levels down that is not a list's item, is whole.
        for text in [#"[{"id": 1, "x": 2}]"#, #"{"a": {"b": {"id": 1, "x": 2}}}"#, #"[[{"id": 1, "x": 2}]]"#, #"{"a": [[{"x": 1}]]}"#] {
            #expect(try parse(text, keeping: ["id"]) == JSON.parse(text))
        }
        #expect(try parse(#"{"a": [{"id": 1, "x": 2}]}"#, keeping: []) == JSON.parse(#"{"a": [{}]}"#))
    }

    @Test func keysAreMatchedAsText() throws {
        // An escaped key is the key it spells; a repeated one keeps its first place and its last value.
        let text = #"{"l": [{"n\u0061me": "a", "id": 1, "name": "b", "ñame": 2, "nam": 3, "names": 4}]}"#
        #expect(try parse(text, keeping: ["name", "id"]) == JSON.parse(#"{"l": [{"name": "b", "id": 1}]}"#))
        #expect(try parse(text, keeping: ["ñame"]) == JSON.parse(#"{"l": [{"ñame": 2}]}"#))
    }

    @Test func eachItemKeepsItsOwnOrderAndItsLastValueOfARepeatedKey() throws {
        let text = """
            {"l": [{"id": 1, "name": "a"}, {"name": "b", "id": 2}, {"id": 3, "name": "c", "x": 0, "id": 4, "name": "d"},
            {"name": "e"}, {"id": 5, "name": "f"}]}
            """
        // Up to 15 names, an item's members are tracked by their positions; with more, by their text.
        for names in [["id", "name"], ["id", "name"] + (1...20).map { "m\($0)" }] {
            let value = try parse(text, keeping: names)
            #expect(value == (try projected(text, keeping: names)))
            let items = value["l"]?.arrayValue?.compactMap(\.objectValue) ?? []
            #expect(items.map(\.keys) == [["id", "name"], ["name", "id"], ["id", "name"], ["name"], ["id", "name"]])
            #expect(items[2]["id"] == .int(4) && items[2]["name"] == .string("d"))
        }
        // Fifteen names, all in an item in the other order, the last one repeated.
        let names = (0..<15).map { "k\($0)" }
        let members = names.reversed().enumerated().map { "\"\($1)\": \($0)" } + [#""k0": 99"#]
        let value = try parse(#"{"l": [{"# + members.joined(separator: ", ") + "}]}", keeping: names)
        let item = try #require(value["l"]?.arrayValue?.first?.objectValue)
        #expect(item.keys == names.reversed())
        #expect(item["k0"] == .int(99) && item["k14"] == .int(0))
    }

    /// Every document `JSON.parse` refuses, with the fault in a member that is skipped.
    @Test func skippedMembersAreCheckedAsStrictly() throws {
        let faults = [
            #""a\x""#, #""\u12G4""#, "\"a\u{1}b\"", #""\ud83d""#, #""unterminated"#, "01", "1.", "-", "tru", "nul", "[1,]", "[1 2]",
            #"{"a" 1}"#, #"{"a": 1,}"#, #"{1: 2}"#, "{", "[", "]", "}", #"{"a": [}"#,
            String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
        ]
        for fault in faults {
            let text = #"{"l": [{"id": 1, "skipped": "# + fault + "}]}"
            #expect(throws: JSONError.self, "\(fault)") { try JSON.parse(text) }
            #expect(throws: JSONError.self, "\(fault)") { try parse(text, keeping: ["id"]) }
        }
        // A skipped string that is not UTF-8, or a key that is not.
        for bytes in [[0xC3, 0x28], [0xED, 0xA0, 0x80], [0x80]] as [[UInt8]] {
            let value = Array(#"{"l": [{"id": 1, "s": ""#.utf8) + bytes + Array(#""}]}"#.utf8)
            let key = Array(#"{"l": [{"id": 1, ""#.utf8) + bytes + Array(#"": 1}]}"#.utf8)
            for document in [value, key] {
                #expect(throws: JSONError.self) { try JSON.parse(document) }
                #expect(throws: JSONError.self) { try JSON.parse(document, keepingItemMembers: ["id"]) }
            }
        }
        // A key with a control character is refused though it is not kept.
        #expect(throws: JSONError.self) { try parse("{\"l\": [{\"a\u{1}\": 1}]}", keeping: ["id"]) }
        // What follows the list is checked too.
        #expect(throws: JSONError.self) { try parse(#"{"l": [{"id": 1}]} x"#, keeping: ["id"]) }
    }
}
