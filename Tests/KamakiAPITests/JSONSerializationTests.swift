import KamakiAPI
import Testing

/// Writing JSON back: escapes, numbers, key order, and what reads back equal.
@Suite struct JSONSerializationTests {
    @Test func stringEscapes() throws {
        let text = "q\" b\\ s/ n\n r\r t\t b\u{08} f\u{0C} nul\u{0} us\u{1F} del\u{7F} é € 😀"
        let written = JSON.string(text).serialized()
        #expect(written == #""q\" b\\ s/ n\n r\r t\t b\u0008 f\u000c nul\u0000 us\u001f del\u007f é € 😀""#)
        #expect(try JSON.parse(written) == .string(text))
        // Every control character reads back as itself.
        let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        #expect(try JSON.parse(JSON.string(controls).serialized()) == .string(controls))
        // What could control a terminal is escaped too (DEL, C1 such as CSI, bidi overrides, zero-width
        // marks), so `-o json` of a cloud's text prints none of it; the value reads back the same.
        let hostile = "csi\u{9B}2J nel\u{85} rlo\u{202E}txt zw\u{200B} bom\u{FEFF} nbsp\u{A0} ©"
        let safe = JSON.string(hostile).serialized()
        #expect(safe == #""csi\u009b2J nel\u0085 rlo\u202etxt zw\u200b bom\ufeff nbsp\#u{A0} ©""#)
        #expect(!TerminalText.containsControl(safe))
        #expect(try JSON.parse(safe) == .string(hostile))
    }

    @Test func numbers() throws {
        #expect(JSON.int(Int64.min).serialized() == "-9223372036854775808")
        #expect(JSON.double(0.1).serialized() == "0.1")
        #expect(JSON.double(1e20).serialized() == "1e+20")
        #expect(JSON.double(-2.5e-7).serialized() == "-2.5e-07")
        for value in [0.1, 1e20, -2.5e-7, 1.2345678901234568e+17, Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude] {
            #expect(try JSON.parse(JSON.double(value).serialized()) == .double(value))
        }
        // JSON has no infinity or NaN.
        #expect(JSON.array([.double(.infinity), .double(-.infinity), .double(.nan)]).serialized() == "[null,null,null]")
    }

    @Test func keyOrderRoundTrip() throws {
        let text = #"{"zeta": 1,"alpha": {"b": [true,false,null],"a": "x"},"mid": [],"empty": {},"Alpha": -0.5}"#
        let value = try JSON.parse(text)
        #expect(value.serialized() == text)
        #expect(try JSON.parse(value.prettyPrinted()) == value)
        #expect(try JSON.parse(value.prettyPrinted()).serialized() == text)
        #expect(String(decoding: value.serializedBytes(), as: UTF8.self) == text)
    }

    @Test func prettyPrinting() {
        let value: JSON = ["name": "a", "ids": [1, 2], "none": [], "tags": ["k": nil]]
        #expect(
            value.prettyPrinted(indent: 2) == """
                {
                  "name": "a",
                  "ids": [
                    1,
                    2
                  ],
                  "none": [],
                  "tags": {
                    "k": null
                  }
                }
                """)
        #expect(value.description == value.serialized())
    }

    @Test func objectsKeepInsertionOrder() {
        var object = JSONObject([("b", 1), ("a", 2), ("b", 3)])
        #expect(object.keys == ["b", "a"] && object["b"] == 3 && object.count == 2)
        object["c"] = 4
        object["b"] = nil
        object["b"] = 5
        #expect(object.keys == ["a", "c", "b"])
        #expect(object.map(\.key) == ["a", "c", "b"] && object.map(\.value) == [2, 4, 5])
        #expect(JSON.object(object).serialized() == #"{"a": 2,"c": 4,"b": 5}"#)
        object["missing"] = nil
        #expect(object.count == 3 && !object.isEmpty && JSONObject().isEmpty)
    }

    /// Equality (and so hashing) is about members, not their order.
    @Test func equalityIgnoresOrder() {
        let one = JSONObject([("a", 1), ("b", ["x": true])])
        let other = JSONObject([("b", ["x": true]), ("a", 1)])
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(Set([JSON.object(one), JSON.object(other)]).count == 1)
        #expect(one != JSONObject([("a", 1)]))
        #expect(one != JSONObject([("a", 1), ("b", ["x": false])]))
        #expect(one != JSONObject([("a", 1), ("c", ["x": true])]))
    }
}
