import KamakiAPI
import Testing

/// The strict parser (RFC 8259): what it accepts, what it turns it into, and what it refuses.
@Suite struct JSONParserTests {
    /// Parses `bytes` and expects a JSONError.
    private func refuses(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: JSONError.self, "\(String(decoding: bytes, as: UTF8.self).debugDescription)", sourceLocation: sourceLocation) {
            try JSON.parse(bytes)
        }
    }

    private func refuses(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        refuses(Array(text.utf8), sourceLocation: sourceLocation)
    }

    @Test func escapes() throws {
        #expect(try JSON.parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{08}\u{0C}\n\r\t"))
        #expect(try JSON.parse(#""a\u0041\u00e9\u20AC\u0000z""#) == .string("aAé€\u{0}z"))
        // Text before and after an escape is kept as it was.
        #expect(try JSON.parse(#""ünï \n ✓""#) == .string("ünï \n ✓"))
        for bad in [#""\x""#, #""\u12""#, #""\u12G4""#, #""\"#, #""abc"#, "\"a\u{1}b\"", "\"a\nb\"", "\"\u{1F}\""] {
            refuses(bad)
        }
    }

    @Test func surrogatePairs() throws {
        #expect(try JSON.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSON.parse(#""x\uD834\uDD1Ey""#) == .string("x𝄞y"))
        // A surrogate alone, or a high one followed by anything but a low one, is no character.
        for bad in [#""\ud83d""#, #""\ude00""#, #""\ud83d\u0041""#, #""\ud83dx""#, #""\ud83d\ud83d""#, #""\ude00\ud83d""#] {
            refuses(bad)
        }
    }

    @Test func numbers() throws {
        #expect(try JSON.parse("0") == .int(0))
        #expect(try JSON.parse("-12") == .int(-12))
        #expect(try JSON.parse("9223372036854775807") == .int(Int64.max))
        #expect(try JSON.parse("-9223372036854775808") == .int(Int64.min))
        // Past Int64, an integer is kept as a double.
        #expect(try JSON.parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
        #expect(try JSON.parse("1.5") == .double(1.5))
        #expect(try JSON.parse("2.5E-3") == .double(0.0025))
        #expect(try JSON.parse("1e2") == .double(100))
        #expect(try JSON.parse("1e-400") == .double(0))
        for bad in ["01", "-", "+1", ".5", "1.", "1e", "1e+", "--1", "0x10", "NaN", "Infinity", "-Infinity", "1_000"] {
            refuses(bad)
        }
    }

    /// `-0` is the integer 0 (as Python's json reads it); `-0.0` keeps its sign.
    @Test func negativeZero() throws {
        #expect(try JSON.parse("-0") == .int(0))
        let double = try JSON.parse("-0.0")
        guard case .double(let value) = double else {
            Issue.record("-0.0 is \(double)")
            return
        }
        #expect(value == 0 && value.sign == .minus)
        #expect(double.serialized() == "-0.0")
    }

    /// A number too large for a double is refused, not read as infinity (which JSON cannot
    /// write back: it would become `null`).
    @Test func numbersOutOfRange() {
        for bad in ["1e400", "-1e400", "[1, 2e308]", String(repeating: "9", count: 400) + ".0"] {
            refuses(bad)
        }
    }

    @Test func nestingLimit() throws {
        let limit = 256
        let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(try JSON.parse(deepest).arrayValue?.count == 1)
        let objects = String(repeating: #"{"a":"#, count: limit) + "1" + String(repeating: "}", count: limit)
        #expect(try JSON.parse(objects)["a"] != nil)
        refuses(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1))
        refuses(String(repeating: #"{"a":"#, count: limit + 1) + "1" + String(repeating: "}", count: limit + 1))
        // Far deeper input is refused early rather than exhausting the stack.
        refuses(String(repeating: "[", count: 1_000_000))
    }

    @Test func keyOrderAndRepeatedKeys() throws {
        let object = try #require(try JSON.parse(#"{"zeta": 1, "alpha": {"b": 2, "a": 3}, "mid": [], "Alpha": null}"#).objectValue)
        #expect(object.keys == ["zeta", "alpha", "mid", "Alpha"])
        #expect(object["alpha"]?.objectValue?.keys == ["b", "a"])
        // A repeated key keeps its first place and its last value.
        let repeated = try #require(try JSON.parse(#"{"a": 1, "b": 2, "a": 3}"#).objectValue)
        #expect(repeated.keys == ["a", "b"])
        #expect(repeated["a"] == 3)
    }

    /// Objects with many members (looked up by hash past 16) and lists of objects with the same keys (which
    /// share one array of keys) read as the text says, and each stays its own value.
    @Test func bigObjectsAndListsOfLikeObjects() throws {
        let members = (0..<40).map { #""k\#($0)": \#($0)"# } + [#""k3": "again""#, #""k39": null"#]
        let big = try #require(try JSON.parse("{" + members.joined(separator: ", ") + "}").objectValue)
        #expect(big.keys == (0..<40).map { "k\($0)" })
        #expect(big["k3"] == "again" && big["k39"] == .null && big["k38"] == 38 && big["k40"] == nil)
        let list = try #require(
            try JSON.parse(#"[{"id": "1", "name": "a"}, {"id": "2", "name": "b"}, {"name": "c", "id": "3"}]"#).arrayValue)
        var objects = list.compactMap(\.objectValue)
        #expect(objects.map(\.keys) == [["id", "name"], ["id", "name"], ["name", "id"]])
        objects[0]["extra"] = true
        #expect(objects[0].keys == ["id", "name", "extra"] && objects[1].keys == ["id", "name"])
        #expect(objects.map { $0["name"] } == ["a", "b", "c"])
    }

    @Test func invalidUTF8IsRefused() throws {
        let quote: UInt8 = 0x22
        let invalid: [[UInt8]] = [
            [0xFF],  // never in UTF-8
            [0x80],  // a continuation byte alone
            [0xC3],  // a lead byte without its continuation
            [0xE2, 0x82],  // cut short
            [0xC0, 0xAF],  // overlong "/"
            [0xE0, 0x80, 0xAF],  // overlong "/"
            [0xED, 0xA0, 0x80],  // a UTF-16 surrogate written as UTF-8
            [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        ]
        for bytes in invalid {
            refuses([quote] + bytes + [quote])
            refuses([quote, 0x61] + bytes + [0x5C, 0x6E, quote])  // before an escape
            refuses([quote, 0x5C, 0x6E] + bytes + [quote])  // after an escape
            refuses([0x7B, quote] + bytes + [quote, 0x3A, 0x31, 0x7D])  // in a key
            refuses(bytes)  // outside a string
        }
        #expect(try JSON.parse([quote, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, quote]) == .string("é€😀"))
    }

    @Test func documentStructure() throws {
        #expect(try JSON.parse(" \n\t\r{ \"a\" : [ 1 , true , false , null ] } \n") == ["a": [1, true, false, nil]])
        #expect(try JSON.parse("[]") == .array([]))
        #expect(try JSON.parse("{}") == .object(JSONObject()))
        for bad in [
            "", " ", "[1,]", "[,1]", #"{"a":1,}"#, #"{"a" 1}"#, "{a:1}", "{1:1}", "[1 2]", "[1", "{", "tru", "nul", "truex", "[] []", "'a'",
        ] {
            refuses(bad)
        }
    }

    @Test func errorsSayWhere() {
        #expect(throws: JSONError("expected ',' or ']'", offset: 3)) { try JSON.parse("[1 2]") }
        #expect(JSONError("unexpected end of input", offset: 0).description == "invalid JSON at byte 0: unexpected end of input")
    }

    /// Objects read after one with the same first keys at their depth (a list's items) keep their own keys,
    /// order and repeats: a repeated key keeps its first place and its last value.
    @Test func objectsLikeTheOneBeforeThemKeepTheirOwnKeys() throws {
        let keys = (0..<20).map { "key\($0)" }
        func object(_ keys: [String], _ base: Int) -> String {
            "{" + keys.enumerated().map { "\"\($1)\": \(base + $0)" }.joined(separator: ", ") + "}"
        }
        let items = [
            object(keys, 0), object(keys, 100), object(keys + ["key3"], 200), object(Array(keys.prefix(18)) + ["key0"], 300),
            object(keys.reversed(), 400), object(Array(keys.prefix(2)), 500), object(keys, 600),
        ]
        let objects = try #require(
            try JSON.parse("{\"l\": [" + items.joined(separator: ", ") + "]}")["l"]?.arrayValue?.compactMap(\.objectValue))
        #expect(objects.map(\.keys) == [keys, keys, keys, Array(keys.prefix(18)), keys.reversed(), Array(keys.prefix(2)), keys])
        #expect(objects[1]["key5"] == .int(105) && objects[6]["key19"] == .int(619))
        #expect(objects[2]["key3"] == .int(220) && objects[2]["key4"] == .int(204))
        #expect(objects[3]["key0"] == .int(318) && objects[3]["key17"] == .int(317))
        #expect(objects[4]["key0"] == .int(419))
    }
}
