import KamakiAPI

/// The values a tutorial's steps name as `{server1}`, `{net}`, …: found on the cloud before the first
/// step (OpenStack's servers and external network, ``OpenStackTutorialWorld``) or taken from what an
/// earlier step printed (the `id:` of the network it made, ``Tutorial/Step/capture``). Pure: the
/// guide substitutes and captures, the shell only stores them with the tutorial's progress.
///
/// The values come from a cloud, so they are data: one goes into a command the user runs only when it
/// is a plain id or address (``isPlain(_:)``, no quotes, spaces, `|`, `>`, `;` or `$`), and into
/// explanations only escaped.
public struct TutorialBindings: Sendable, Equatable, Codable {
    public private(set) var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// These values, with `other`'s where both have one.
    public func merging(_ other: TutorialBindings) -> TutorialBindings {
        TutorialBindings(values.merging(other.values) { _, new in new })
    }

    /// `text` with each `{name}` replaced; the names with no value are left as they are and returned.
    /// In a command (`forCommand`), a value that is not plain counts as missing.
    public func substitute(_ text: String, forCommand: Bool = false) -> (text: String, missing: [String]) {
        var out = ""
        var missing: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), Self.isName(rest[rest.index(after: open)..<close]) else {
                out.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name], !forCommand || Self.isPlain(value) {
                out += forCommand ? value : TerminalText.escaped(value)
            } else {
                out += "{\(name)}"
                if !missing.contains(name) { missing.append(name) }
            }
            rest = rest[rest.index(after: close)...]
        }
        return (out + rest, missing)
    }

    /// The names `text` refers to, in order, once each.
    public static func names(in text: String) -> [String] {
        TutorialBindings().substitute(text).missing
    }

    /// Takes each `capture` (binding name → field) from a step's output: the value of the first
    /// top-level `field: value` line. A field the output lacks leaves its binding as it was.
    public mutating func capture(_ capture: [String: String], from output: String) {
        for (name, field) in capture {
            let prefix = field + ": "
            guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { continue }
            let value = String(line.dropFirst(prefix.count))
            if !value.isEmpty { values[name] = value }
        }
    }

    /// Whether `value` can go into a command line as it is: letters, digits and `-._:/@` only (UUIDs,
    /// numeric ids, IPv4 and IPv6 addresses, CIDRs), and not too long.
    public static func isPlain(_ value: String) -> Bool {
        !value.isEmpty && value.utf8.count <= 128
            && value.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-._:/@".unicodeScalars.contains($0))
            }
    }

    private static func isName(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
