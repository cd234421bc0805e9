/// Byte counts as kamaki prints them: `80GiB`, `1.43GiB`, `0B`.
enum SizeFormat {
    static func format(_ bytes: Int64) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
        var value = Double(bytes)
        var unit = 0
        while abs(value) >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return "\(Int64(rounded))\(units[unit])" }
        var text = String(format2: rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text + units[unit]
    }
}

extension String {
    /// Two decimals without Foundation's formatter.
    init(format2 value: Double) {
        let hundredths = Int64((abs(value) * 100).rounded())
        let sign = value < 0 ? "-" : ""
        self = "\(sign)\(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2))"
    }
}
