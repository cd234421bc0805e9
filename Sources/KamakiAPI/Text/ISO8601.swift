#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ISO 8601 date-times as the API writes them (`2013-06-19T13:54:57.672744+00:00`) and as
/// `changes-since` and `server list --since` take them: the one parser and writer, for the
/// client and the local cloud.
public struct ISO8601: Sendable, Equatable {
    public var year: Int, month: Int, day: Int
    public var hour = 0, minute = 0, second = 0, microsecond = 0
    /// Seconds east of UTC; nil when the text has no zone (the reader decides which it means).
    public var offset: Int?

    /// Parses a date, optionally followed (after `T` or a space) by `HH:mm`, `:ss`, a fraction
    /// (to microseconds) and a zone (`Z`, `±hh:mm` or `±hhmm`); nil if the text is anything else.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + digits] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += digits
            return value
        }
        func skip(_ character: Character) -> Bool {
            if index < bytes.count, bytes[index] == character.asciiValue {
                index += 1
                return true
            }
            return false
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
        if skip("T") || skip(" ") {
            guard let hour = number(2), skip(":"), let minute = number(2), hour < 24, minute < 60 else { return nil }
            (self.hour, self.minute) = (hour, minute)
            if skip(":") {
                guard let second = number(2), second < 61 else { return nil }
                self.second = second
            }
            if skip(".") {
                var digits = 0
                while index < bytes.count, (48...57).contains(bytes[index]) {
                    if digits < 6 { microsecond = microsecond * 10 + Int(bytes[index] - 48) }
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { return nil }
                for _ in min(digits, 6)..<6 { microsecond *= 10 }
            }
            if skip("Z") {
                offset = 0
            } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
                guard let hours = number(2) else { return nil }
                _ = skip(":")
                guard let minutes = number(2) else { return nil }
                offset = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard index == bytes.count else { return nil }
    }

    /// Microseconds since 1970 (UTC); a text without a zone is read at `zonelessOffset` seconds
    /// east of UTC.
    public func microsecondsSince1970(zonelessOffset: Int = 0) -> Int64 {
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        let epoch = Int64(timegm(&parts)) - Int64(offset ?? zonelessOffset)
        return epoch * 1_000_000 + Int64(microsecond)
    }

    /// Python's `isoformat()` of an aware UTC datetime: `2013-06-19T13:54:57.672744+00:00`,
    /// without the fraction when it is zero.
    public static func format(microsecondsSince1970 micros: Int64) -> String {
        let (quotient, remainder) = micros.quotientAndRemainder(dividingBy: 1_000_000)
        let seconds = remainder < 0 ? quotient - 1 : quotient
        let fraction = Int(micros - seconds * 1_000_000)
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        func put(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                bytes.append(UInt8(48 + (rest / divisor) % 10))
                rest %= divisor
                divisor /= 10
            }
        }
        put(Int(parts.tm_year) + 1900, 4)
        bytes.append(45)
        put(Int(parts.tm_mon) + 1, 2)
        bytes.append(45)
        put(Int(parts.tm_mday), 2)
        bytes.append(84)
        put(Int(parts.tm_hour), 2)
        bytes.append(58)
        put(Int(parts.tm_min), 2)
        bytes.append(58)
        put(Int(parts.tm_sec), 2)
        if fraction != 0 {
            bytes.append(46)
            put(fraction, 6)
        }
        bytes += "+00:00".utf8
        return String(decoding: bytes, as: UTF8.self)
    }
}
