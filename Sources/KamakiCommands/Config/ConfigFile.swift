import Foundation
import KamakiClient

/// kamaki's INI configuration file (`~/.kamakirc`): `[global]` and `[cloud "NAME"]` sections.
///
/// Unknown sections and keys are kept as they are and written back.
public struct ConfigFile: Sendable, Equatable {
    /// One section, with its keys in file order.
    public struct Section: Sendable, Equatable {
        public var header: String
        public var entries: [(key: String, value: String)]

        public static func == (lhs: Section, rhs: Section) -> Bool {
            lhs.header == rhs.header && lhs.entries.elementsEqual(rhs.entries, by: { $0 == $1 })
        }

        func value(_ key: String) -> String? { entries.last { $0.key == key }?.value }

        mutating func set(_ key: String, _ value: String) {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                entries[index].value = value
            } else {
                entries.append((key, value))
            }
        }
    }

    /// The sections in file order.
    public var sections: [Section] = []
    /// Where it was read from and is written to.
    public var path: String

    public init(path: String) { self.path = path }

    /// Reads the file; a missing file is an empty configuration.
    public static func load(path: String) throws -> ConfigFile {
        var config = ConfigFile(path: path)
        guard FileManager.default.fileExists(atPath: path) else { return config }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("Config file \(path) is inaccessible", details: ["Check its permissions"])
        }
        try config.parse(String(decoding: data, as: UTF8.self))
        return config
    }

    /// Reads INI text: `\n`, `\r\n` or `\r` line ends, an optional UTF-8 byte order mark.
    /// A line that is neither a section header nor `key = value` is an error naming its line:
    /// guessing would send commands to another cloud than the file meant.
    mutating func parse(_ text: String) throws {
        var current: Section?
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        for (number, rawLine) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingBlanks()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw malformed(line: number + 1, "a section header without its closing ]") }
                if let current { sections.append(current) }
                current = Section(header: line.dropFirst().dropLast().trimmingBlanks(), entries: [])
                continue
            }
            let separator = line.firstIndex { $0 == "=" || $0 == ":" } ?? line.firstIndex(of: " ")
            guard let separator else { throw malformed(line: number + 1, "\"\(line)\" is not key = value") }
            let key = line[..<separator].trimmingBlanks()
            let value = line[line.index(after: separator)...].trimmingBlanks()
            if current == nil { current = Section(header: "global", entries: []) }
            current?.entries.append((key, value))
        }
        if let current { sections.append(current) }
    }

    private func malformed(line: Int, _ problem: String) -> CommandError {
        CommandError("Config file \(path) is malformed at line \(line): \(problem)", details: ["Fix or remove that line"])
    }

    /// The text written to disk.
    public func rendered() -> String {
        var out = "# Kamaki configuration file v0.16\n"
        let ordered = sections.filter { $0.header == "global" } + sections.filter { $0.header != "global" }
        for section in ordered {
            out += "[\(section.header)]\n"
            for entry in section.entries { out += "\(entry.key) = \(entry.value)\n" }
            out += "\n"
        }
        return out
    }

    /// Writes the file with mode 0600, atomically. A symbolic link keeps pointing at its file,
    /// which gets the new content.
    public func save() throws {
        let target =
            realpath(path, nil).map { resolved in
                defer { free(resolved) }
                return String(cString: resolved)
            } ?? path
        guard PrivateFile.save(Array(rendered().utf8), to: target) else {
            throw CommandError("Could not write config file \(path)", details: [String(cString: strerror(errno))])
        }
    }

    /// Reads the file, changes it and writes it back while holding a lock on its folder, so
    /// two `kamaki config set` runs at once both land.
    public static func update(path: String, _ change: (inout ConfigFile) throws -> Void) throws {
        let parent = (path as NSString).deletingLastPathComponent
        let folder = open(parent.isEmpty ? "." : parent, O_RDONLY | O_CLOEXEC)
        if folder >= 0 { flock(folder, LOCK_EX) }
        defer { if folder >= 0 { close(folder) } }
        var config = try load(path: path)
        try change(&config)
        try config.save()
    }

    // MARK: - Access

    static func cloudHeader(_ name: String) -> String { "cloud \"\(name)\"" }

    /// A global option.
    public func global(_ key: String) -> String? {
        sections.first { $0.header == "global" }?.value(key)
    }

    /// The names of the configured clouds, in file order.
    public var cloudNames: [String] {
        sections.compactMap { section in
            guard section.header.hasPrefix("cloud \""), section.header.hasSuffix("\"") else { return nil }
            return String(section.header.dropFirst(7).dropLast())
        }
    }

    /// The options of one cloud.
    public func cloud(_ name: String) -> [(key: String, value: String)]? {
        sections.first { $0.header == Self.cloudHeader(name) }?.entries
    }

    /// A value by kamaki's option path: `key`, `global.key`, `cloud.NAME.key`.
    public func value(at path: String) -> String? {
        let (header, key) = Self.split(path)
        guard let key else { return nil }
        return sections.first { $0.header == header }?.value(key)
    }

    /// Sets a value by option path, creating the section when needed.
    public mutating func set(_ path: String, _ value: String) throws {
        let (header, key) = Self.split(path)
        guard let key, !key.isEmpty else {
            throw CommandError.usage("Invalid option \"\(path)\"", details: ["Use: KEY, SECTION.KEY or cloud.NAME.KEY"])
        }
        try Self.check(path: path, header: header, key: key, value: value)
        if let index = sections.firstIndex(where: { $0.header == header }) {
            sections[index].set(key, value)
        } else {
            sections.append(Section(header: header, entries: [(key, value)]))
        }
    }

    /// Refuses what the file could not hold or would read back differently.
    static func check(path: String, header: String, key: String, value: String) throws {
        let control: (Character) -> Bool = { $0.isNewline || $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }
        if value.contains(where: control) {
            throw CommandError.usage(
                "The value of \(path) contains a line break or a control character", details: ["Config values are single lines"])
        }
        if key.contains(where: { control($0) || $0 == " " || $0 == "\t" || "=:[]".contains($0) }) {
            throw CommandError.usage("Invalid option name \"\(key)\"", details: ["Option names have no spaces and none of = : [ ]"])
        }
        if key == "history_limit", header == "global", Int(value).map({ $0 < 0 }) ?? true {
            throw CommandError.usage("history_limit must be a whole number of lines (0: no limit), not \"\(value)\"")
        }
        if header.hasPrefix("cloud \"") {
            let name = header.dropFirst(7).dropLast()
            let allowed: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || "_~@#$.:-".contains($0)) }
            guard !name.isEmpty, name.allSatisfy(allowed) else {
                throw CommandError.usage(
                    "Invalid cloud name \"\(name)\"", details: ["Cloud names use letters, digits and _ ~ @ # $ . : -"])
            }
        } else if header.isEmpty || header.contains(where: { control($0) || $0 == "]" }) {
            throw CommandError.usage("Invalid section name \"\(header)\"", details: ["Use: KEY, SECTION.KEY or cloud.NAME.KEY"])
        }
    }

    /// Deletes a key (`cloud.NAME.key`, `key`) or a whole cloud (`cloud.NAME`); false if nothing matched.
    public mutating func delete(_ path: String) -> Bool {
        let (header, key) = Self.split(path)
        guard let index = sections.firstIndex(where: { $0.header == header }) else { return false }
        guard let key else {
            sections.remove(at: index)
            return true
        }
        let before = sections[index].entries.count
        sections[index].entries.removeAll { $0.key == key }
        return sections[index].entries.count != before
    }

    /// Splits an option path into a section header and a key (nil key: the whole section).
    static func split(_ path: String) -> (header: String, key: String?) {
        if path.hasPrefix("cloud.") {
            let rest = path.dropFirst(6)
            // The cloud name may contain dots in kamaki's grammar; the key is the last component.
            if let dot = rest.lastIndex(of: ".") {
                return (cloudHeader(String(rest[..<dot])), String(rest[rest.index(after: dot)...]))
            }
            return (cloudHeader(String(rest)), nil)
        }
        if path.hasPrefix("global.") { return ("global", String(path.dropFirst(7))) }
        if let dot = path.firstIndex(of: ".") {
            return (String(path[..<dot]), String(path[path.index(after: dot)...]))
        }
        return ("global", path)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (plain Swift: Foundation's
    /// character sets cost a run its start-up time).
    func trimmingBlanks() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
