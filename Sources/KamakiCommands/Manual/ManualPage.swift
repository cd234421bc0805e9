import Foundation

/// A manual page, written in man(7) macros (what `man` and `man -l` render).
///
/// Pages are generated from the command registry (``ManualPage/kamaki(catalog:)``, the shell's
/// page in KamakiShell, ``ManualPage/tool(dumpHelp:seeAlso:)`` for `kamaki-cloud`) and committed
/// under `man/`; `make man` regenerates them and a test fails when they are stale. The output
/// has no date, so it changes only when the registry does.
public struct ManualPage: Sendable, Equatable {
    /// A piece of a section.
    public enum Block: Sendable, Equatable {
        /// Filled text; a blank line inside starts a new paragraph.
        case text(String)
        /// A term (set in bold) and its description, indented below it.
        case item(String, String)
        /// A term and its description, then nested items (a command and its options).
        case entry(String, String, [Block])
        /// Lines set as they are (examples).
        case literal([String])
    }

    /// A `.SH` section, or with `subsection` set a `.SS` one.
    public struct Section: Sendable, Equatable {
        public var title: String
        public var blocks: [Block]
        public var isSubsection: Bool

        public init(_ title: String, _ blocks: [Block], isSubsection: Bool = false) {
            self.title = title
            self.blocks = blocks
            self.isSubsection = isSubsection
        }
    }

    /// `kamaki-cloud`.
    public var name: String
    /// The one line after the name in NAME.
    public var summary: String
    /// The sections after NAME, in order.
    public var sections: [Section]
    public var section = 1

    public init(name: String, summary: String, sections: [Section]) {
        self.name = name
        self.summary = summary
        self.sections = sections
    }

    /// The page's source: `.TH`, NAME, then each section.
    public func render() -> String {
        var lines = [
            ".\\\" Generated from kamaki's command registry by `make man`; do not edit.",
            ".TH \(Self.quoted(name.uppercased())) \(section) \"\" \(Self.quoted("kamaki \(Kamaki.release)")) \"User Commands\"",
            ".nh",
            ".ad l",
            ".SH NAME",
            Self.escaped(name) + " \\- " + Self.escaped(summary),
        ]
        for section in sections {
            let title = section.isSubsection ? section.title : section.title.uppercased()
            lines.append((section.isSubsection ? ".SS " : ".SH ") + Self.quoted(title))
            lines += Self.render(section.blocks)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func render(_ blocks: [Block]) -> [String] {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .text(let text):
                for paragraph in paragraphs(text) {
                    lines += [".PP"] + paragraph.map(escaped)
                }
            case .item(let term, let text):
                lines += [".TP", "\\fB" + escaped(term) + "\\fR"] + paragraphs(text).map { $0.map(escaped) }.joined(separator: [".IP"])
            case .entry(let term, let text, let nested):
                lines += render([.item(term, text)])
                if !nested.isEmpty { lines += [".RS"] + render(nested) + [".RE"] }
            case .literal(let literal):
                lines += [".PP", ".nf", ".RS 4"] + literal.map(escaped) + [".RE", ".fi"]
            }
        }
        return lines
    }

    /// The paragraphs of a text, each as its non-empty lines.
    static func paragraphs(_ text: String) -> [[String]] {
        text.components(separatedBy: "\n\n").map { paragraph in
            paragraph.split(separator: "\n", omittingEmptySubsequences: true).map { String($0) }
        }.filter { !$0.isEmpty }
    }

    /// Help texts' typography in ASCII: `man` on a terminal without UTF-8 (LC_ALL=C) has no glyph for them.
    static let asciiTypography: [(String, String)] = [
        ("\u{2026}", "..."), ("\u{2014}", "--"), ("\u{2013}", "-"), ("\u{2018}", "'"), ("\u{2019}", "'"), ("\u{201C}", "\""),
        ("\u{201D}", "\""), ("\u{2192}", "->"), ("\u{00D7}", "x"),
    ]

    /// Text made safe for roff: backslashes and hyphens as glyphs, typography in ASCII, no line taken for a request.
    public static func escaped(_ text: String) -> String {
        var result = asciiTypography.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        result = result.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }

    /// A macro argument in double quotes (roff writes a `"` inside as `""`).
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text).replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
