import KamakiAPI
import Testing

/// The one ISO 8601 reader and writer (`changes-since`, `server list --since`, the local cloud's times).
@Suite struct ISO8601Tests {
    /// 2013-06-19T13:54:57Z in seconds since 1970.
    private let seconds: Int64 = 1_371_650_097

    @Test func formsItReads() throws {
        let micros = seconds * 1_000_000
        #expect(ISO8601("2013-06-19T13:54:57.672744+00:00")?.microsecondsSince1970() == micros + 672_744)
        #expect(ISO8601("2013-06-19T13:54:57Z")?.microsecondsSince1970() == micros)
        #expect(ISO8601("2013-06-19 13:54:57.5")?.microsecondsSince1970() == micros + 500_000)
        #expect(ISO8601("2013-06-19T13:54:57.1234567Z")?.microsecondsSince1970() == micros + 123_456)
        #expect(ISO8601("2013-06-19T15:54:57+02:00")?.microsecondsSince1970() == micros)
        #expect(ISO8601("2013-06-19T10:24:57-0330")?.microsecondsSince1970() == micros)
        #expect(ISO8601("2013-06-19T13:54")?.microsecondsSince1970() == micros - 57_000_000)
        #expect(ISO8601("2013-06-19")?.microsecondsSince1970() == (seconds - 13 * 3600 - 54 * 60 - 57) * 1_000_000)
        let zoneless = try #require(ISO8601("2013-06-19T16:54:57"))
        #expect(zoneless.offset == nil && ISO8601("2013-06-19T16:54:57Z")?.offset == 0)
        #expect(zoneless.microsecondsSince1970(zonelessOffset: 3 * 3600) == micros)
        #expect(zoneless.microsecondsSince1970() == micros + 3 * 3600 * 1_000_000)
    }

    @Test func formsItRefuses() {
        for text in [
            "", "yesterday", "2013-06-19T", "2013-6-19", "13-06-19", "2013-13-01", "2013-00-10", "2013-06-32", "2013-06-19T24:00",
            "2013-06-19T13:60", "2013-06-19T13:54:61", "2013-06-19T13:54:57.", "2013-06-19T13:54:57+2", "2013-06-19T13:54:57 UTC",
            "2013-06-19Z", " 2013-06-19", "2013-06-19x",
        ] {
            #expect(ISO8601(text) == nil, "\(text)")
        }
    }

    @Test func formatsAsPython() {
        #expect(ISO8601.format(microsecondsSince1970: seconds * 1_000_000 + 672_744) == "2013-06-19T13:54:57.672744+00:00")
        #expect(ISO8601.format(microsecondsSince1970: seconds * 1_000_000) == "2013-06-19T13:54:57+00:00")
        #expect(ISO8601.format(microsecondsSince1970: 0) == "1970-01-01T00:00:00+00:00")
        #expect(ISO8601.format(microsecondsSince1970: -1) == "1969-12-31T23:59:59.999999+00:00")
        for micros: Int64 in [0, -1, 42, seconds * 1_000_000 + 1, 4_102_444_800_000_000] {
            #expect(ISO8601(ISO8601.format(microsecondsSince1970: micros))?.microsecondsSince1970() == micros)
        }
    }
}
