import Foundation

/// Time as stored in the state file: integer microseconds since the Unix epoch, UTC.
enum Timestamp {
    /// Now, in microseconds.
    static func now() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000 + Int64(spec.tv_nsec) / 1000
    }

    /// Seconds to microseconds.
    static func micros(_ seconds: Double) -> Int64 { Int64((seconds * 1_000_000).rounded()) }

    /// Python's `isoformat()` of an aware UTC datetime: `2013-06-19T13:54:57.672744+00:00`,
    /// without the fraction when it is zero.
    static func iso(_ micros: Int64) -> String {
        let seconds = micros.floorDiv(1_000_000)
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
        put(Int(parts.tm_year) + 1900, 4); bytes.append(45); put(Int(parts.tm_mon) + 1, 2); bytes.append(45)
        put(Int(parts.tm_mday), 2); bytes.append(84); put(Int(parts.tm_hour), 2); bytes.append(58)
        put(Int(parts.tm_min), 2); bytes.append(58); put(Int(parts.tm_sec), 2)
        if fraction != 0 { bytes.append(46); put(fraction, 6) }
        bytes += "+00:00".utf8
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses an ISO 8601 date-time (`changes-since`): date, optional time, fraction and offset; `nil` if unparsable.
    static func parseISO(_ text: String) -> Int64? {
        let scalars = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[index..<index + digits] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += digits
            return value
        }
        func skip(_ char: UInt8) -> Bool {
            if index < scalars.count, scalars[index] == char { index += 1; return true }
            return false
        }
        guard let year = number(4), skip(45), let month = number(2), skip(45), let day = number(2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var hour = 0, minute = 0, second = 0, micros = 0, offset = 0
        if skip(84) || skip(32) {
            guard let h = number(2), skip(58), let m = number(2), h < 24, m < 60 else { return nil }
            hour = h; minute = m
            if skip(58) { guard let s = number(2), s < 61 else { return nil }; second = s }
            if skip(46) {
                var digits = 0
                while index < scalars.count, (48...57).contains(scalars[index]) {
                    if digits < 6 { micros = micros * 10 + Int(scalars[index] - 48) }
                    digits += 1; index += 1
                }
                guard digits > 0 else { return nil }
                if digits < 6 { for _ in digits..<6 { micros *= 10 } }
            }
            if skip(90) {
            } else if index < scalars.count, scalars[index] == 43 || scalars[index] == 45 {
                let sign = scalars[index] == 45 ? -1 : 1
                index += 1
                guard let oh = number(2) else { return nil }
                _ = skip(58)
                guard let om = number(2) else { return nil }
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        guard index == scalars.count else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900); parts.tm_mon = Int32(month - 1); parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour); parts.tm_min = Int32(minute); parts.tm_sec = Int32(second)
        let epoch = Int64(timegm(&parts)) - Int64(offset)
        return epoch * 1_000_000 + Int64(micros)
    }
}

extension Int64 {
    fileprivate func floorDiv(_ divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
}
