import Foundation
import KamakiAPI

/// The id cache's file: one JSON line per kind,
/// `{"kind": "port", "refreshed": 1795984748.9, "entries": [{"id": "11", "labels": ["DOWN", "network 2"]}, ...]}`.
///
/// A line is kept as bytes until its kind is asked for, and written back as it was read unless its kind
/// changed, so one kind's update costs neither parsing nor encoding the others. A line that is not of this
/// form (an older file, a damaged one) is ignored: the cache is only a cache.
enum IDCacheFile {
    /// One kind's ids, parsed.
    struct Kind {
        var entries: [IDEntry] = []
        /// When the kind was last replaced by a full list (seconds since 1970), if ever.
        var refreshed: Double?
        /// The kind's line as read or last written; nil when it has to be encoded.
        var line: [UInt8]?

        init() {}

        init(entries: [IDEntry], refreshed: Double? = nil, line: [UInt8]? = nil) {
            self.entries = entries
            self.refreshed = refreshed
            self.line = line
        }

        /// The kind with these ids added, or changed when it has them, in id order; when it was last listed
        /// whole stays as it was.
        func adding(_ fresh: [IDEntry]) -> Kind {
            let ids = Set(fresh.map(\.id))
            return Kind(entries: (entries.filter { !ids.contains($0.id) } + fresh).sorted(by: IDCache.idOrder), refreshed: refreshed)
        }
    }

    /// One kind's part of the file.
    enum Section {
        /// Its line as read, not parsed yet.
        case raw([UInt8])
        case parsed(Kind)
        /// A full list's entries, made when first asked for or saved (``IDCache/record(_:_:partial:entry:)``).
        case deferred(@Sendable () -> Kind)
        /// Ids added to a kind not read yet (``IDCache/update(_:with:)``, put off with its save): added to the
        /// kind as the file has it when it is read or saved (``over(_:as:)``).
        case added([IDEntry])

        func parsed(as kind: IDKind) -> Kind {
            switch self {
            case .raw(let line): IDCacheFile.parse(line, as: kind)
            case .parsed(let kind): kind
            case .deferred(let make): make()
            case .added(let fresh): Kind().adding(fresh)
            }
        }

        /// This section over `base`, the kind as the file has it: ids added are added to it; any other
        /// section replaces it.
        func over(_ base: Section?, as kind: IDKind) -> Section {
            guard case .added(let fresh) = self, let base else { return self }
            return .deferred({ base.parsed(as: kind).adding(fresh) })
        }
    }

    private static let prefix = Array(#"{"kind": ""#.utf8)

    /// The sections of the file at `path`, by kind; none when it cannot be read.
    static func read(path: String) -> [IDKind: Section] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        // Lines are found in an array: Foundation's `Data.split` was most of the time a served `port list` took here.
        let bytes = [UInt8](data)
        var sections: [IDKind: Section] = [:]
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[start..<end]
            start = end + 1
            guard line.starts(with: prefix) else { continue }
            let name = line.dropFirst(prefix.count).prefix { $0 != UInt8(ascii: "\"") }
            guard let kind = IDKind(rawValue: String(decoding: name, as: UTF8.self)), sections[kind] == nil else { continue }
            sections[kind] = .raw(Array(line))
        }
        return sections
    }

    /// The entries and time of a line; an unreadable line reads as no entries.
    static func parse(_ line: [UInt8], as kind: IDKind) -> Kind {
        guard let json = try? JSON.parse(line) else { return Kind() }
        let entries = (json["entries"]?.arrayValue ?? []).compactMap { item -> IDEntry? in
            guard let id = item["id"]?.stringValue, kind.accepts(id) else { return nil }
            return IDEntry(id: id, labels: item["labels"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        }
        let refreshed: Double? =
            switch json["refreshed"] {
            case .double(let seconds): seconds
            case .int(let seconds): Double(seconds)
            default: nil
            }
        return Kind(entries: entries, refreshed: refreshed, line: line)
    }

    /// The whole file; the lines of kinds that changed are encoded (and remembered in `sections`).
    static func encode(_ sections: inout [IDKind: Section]) -> [UInt8] {
        var file: [UInt8] = []
        for kind in IDKind.allCases {
            guard let section = sections[kind] else { continue }
            if case .raw(let line) = section {
                file += line
            } else {
                var parsed = section.parsed(as: kind)
                if parsed.line == nil {
                    parsed.line = parsed.entries.isEmpty && parsed.refreshed == nil ? [] : line(kind, parsed)
                    sections[kind] = .parsed(parsed)
                }
                guard let line = parsed.line, !line.isEmpty else { continue }
                file += line
            }
            file.append(0x0A)
        }
        return file
    }

    private static func line(_ kind: IDKind, _ parsed: Kind) -> [UInt8] {
        var out = prefix
        // Sized once: ten thousand entries are not grown into one append at a time.
        out.reserveCapacity(
            parsed.entries.reduce(prefix.count + 64) { size, entry in
                entry.labels.reduce(size + entry.id.utf8.count + 24) { $0 + $1.utf8.count + 4 }
            })
        out += kind.rawValue.utf8
        append(#"", "refreshed": "#, to: &out)
        out += (parsed.refreshed.map { JSON.double($0).serialized() } ?? "null").utf8
        append(#", "entries": ["#, to: &out)
        for (offset, entry) in parsed.entries.enumerated() {
            if offset > 0 { append(", ", to: &out) }
            append(#"{"id": "#, to: &out)
            JSON.appendString(entry.id, to: &out)
            append(#", "labels": ["#, to: &out)
            for (index, label) in entry.labels.enumerated() {
                if index > 0 { append(", ", to: &out) }
                JSON.appendString(label, to: &out)
            }
            append("]}", to: &out)
        }
        append("]}", to: &out)
        return out
    }

    /// Appends a literal's bytes (a string literal's `utf8` view is appended a byte at a time).
    private static func append(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}
