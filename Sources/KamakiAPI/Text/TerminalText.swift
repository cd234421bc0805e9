/// Text from a cloud made safe to show on a terminal: every character that could control the
/// terminal is written as a visible escape instead.
///
/// A cloud is not trusted: a name, a fault message or an error page could carry `ESC [2J`
/// (clear the screen), an OSC sequence (set the title, write the clipboard), a carriage return
/// (overwrite the line) or a bidirectional override (show text in another order than it is).
/// Every place that shows server-supplied text (list and info output, error messages, the HTTP
/// log, Tab candidates, text inserted into the edit line) goes through this one function.
public enum TerminalText {
    /// `text` with control characters escaped: `\n`, `\r`, `\t`, `\xHH` for the other C0
    /// controls, DEL and the C1 controls (U+0080–U+009F), and `\u{HHHH}` for Unicode's
    /// invisible format controls that reorder or hide text (bidi overrides and isolates,
    /// zero-width marks, line and paragraph separators).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": out.append(contentsOf: #"\r"#.unicodeScalars)
            case "\t": out.append(contentsOf: #"\t"#.unicodeScalars)
            case _ where scalar.value < 0x100 && isControl(scalar):
                out.append(contentsOf: ("\\x" + hex(scalar.value, digits: 2)).unicodeScalars)
            case _ where isControl(scalar):
                out.append(contentsOf: ("\\u{" + hex(scalar.value, digits: 4) + "}").unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Like ``escaped(_:)``, but line breaks (`\n`) stay line breaks: for multi-line text such as
    /// an error page or a log body, where every other control character is still escaped.
    public static func escapedLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && isControl($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// Whether a text holds a character ``escaped(_:)`` would escape.
    public static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isControl)
    }

    /// C0, DEL, C1, and the format controls that change how surrounding text reads.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: true
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
