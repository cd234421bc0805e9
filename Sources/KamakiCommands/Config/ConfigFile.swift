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
        config.parse(String(decoding: data, as: UTF8.self))
        return config
    }

    mutating func parse(_ text: String) {
        var current: Section?
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingBlanks()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                if let current { sections.append(current) }
                current = Section(header: line.dropFirst().dropLast().trimmingBlanks(), entries: [])
                continue
            }
            let separator = line.firstIndex { $0 == "=" || $0 == ":" } ?? line.firstIndex(of: " ")
            guard let separator else { continue }
            let key = line[..<separator].trimmingBlanks()
            let value = line[line.index(after: separator)...].trimmingBlanks()
            if current == nil { current = Section(header: "global", entries: []) }
            current?.entries.append((key, value))
        }
        if let current { sections.append(current) }
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

    /// Writes the file with mode 0600, atomically.
    public func save() throws {
        guard PrivateFile.save(Array(rendered().utf8), to: path) else {
            throw CommandError("Could not write config file \(path)", details: [String(cString: strerror(errno))])
        }
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
            throw CommandError.usage("Invalid syntax for cloud definition", details: ["Use: kamaki config set cloud.NAME.KEY VALUE"])
        }
        if let index = sections.firstIndex(where: { $0.header == header }) {
            sections[index].set(key, value)
        } else {
            sections.append(Section(header: header, entries: [(key, value)]))
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
