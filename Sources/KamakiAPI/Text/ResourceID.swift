/// What a resource id may look like, wherever one read from a cloud is kept or offered.
///
/// Synnefo's ids are digits and OpenStack's are UUIDs; other clouds use words such as
/// `ami-0abc` or `net_1.2`. One conservative syntax covers them all: 1 to 128 of the letters,
/// digits, `.`, `_` and `-`, starting with a letter or digit. Anything else (shell syntax such as
/// `$(…)`, backquotes, `;`, `*`, spaces, line breaks, control characters, an id that reads as an
/// option like `-rf`, or a path step like `..`) is not an id, and is never cached, completed or
/// offered to a shell.
public enum ResourceID {
    /// The longest id kept.
    public static let maximumLength = 128

    /// Whether `text` is a well-formed id.
    public static func isWellFormed(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count <= maximumLength, isAlphanumeric(first) else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// The id `text` stands for on a Synnefo cloud, whose ids are positive integers: its number
    /// written plainly (`0141` is `141`), or nil when `text` is no such id. The one check of an
    /// id's validity before a request; what a cloud's ids look like is decided here.
    public static func synnefo(_ text: String) -> String? {
        guard let value = Int(text), value > 0 else { return nil }
        return String(value)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
