import ArgumentParser
import Foundation
import KamakiAPI
import KamakiClient

/// `kamaki server list`, with kamaki 0.16's filters (all client-side but `--since`).
struct ServerList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List virtual servers accessible by user")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every field.") var details = false
    @Option(name: .customLong("status"), help: "Show only servers in this status.") var status: String?
    @Option(name: .customLong("user-id"), help: "Show only servers of this user.") var userID: String?
    @Option(name: .customLong("user-name"), help: "Show only servers of the user with this name (e-mail).") var userName: String?
    @Option(name: .customLong("image-id"), help: "Show only servers built from this image.") var imageID: String?
    @Option(name: .customLong("flavor-id"), help: "Show only servers of this flavor.") var flavorID: String?
    @Option(name: .customLong("metadata"), help: ArgumentHelp("Show only servers with this metadata; repeatable.", valueName: "KEY=VALUE"))
    var metadata: [String] = []
    @Option(
        name: .customLong("metadata-like"),
        help: ArgumentHelp("Show only servers whose metadata value contains this; repeatable.", valueName: "KEY=VALUE"))
    var metadataLike: [String] = []
    @Option(
        name: .customLong("since"),
        help: ArgumentHelp(
            "Show only servers changed since this time (deleted ones too): 2026-11-29T10:00, 2026-11-29 10:00:00+02:00, 2026-11-29.",
            valueName: "DATE"))
    var since: String?
    @Option(name: [.customShort("n", allowingJoined: true), .customLong("number")], help: "Show at most this many.") var number: Int?
    @Flag(name: .customLong("enumerate"), help: "Number the lines.") var enumerate = false

    func validate() throws {
        if let number, number < 0 { throw ValidationError("--number must be 0 or more, not \(number)") }
        for pair in metadata + metadataLike where !pair.contains("=") {
            throw ValidationError("Invalid metadata filter \(pair): use KEY=VALUE")
        }
    }

    func execute(in context: CommandContext) async throws {
        let changedSince = try since.map { text in
            guard let date = Self.date(text, timeZone: context.environment.timeZone) else {
                throw CommandError.usage("Invalid --since \(text)", details: ["Use a date and time, e.g. 2026-11-29T10:00 or 2026-11-29"])
            }
            return Self.iso(date)
        }
        let client = try await context.client()
        // A table's -c may name any field of a server.
        let needsDetail =
            details || !format.columnNames.isEmpty || status != nil || userID != nil || userName != nil || imageID != nil || flavorID != nil
            || !metadata.isEmpty || !metadataLike.isEmpty
        let all = try await client.listServers(detail: needsDetail, changedSince: changedSince)
        if changedSince != nil, all.isEmpty { context.output.note("No servers have been modified since \(since ?? "")") }
        if needsDetail, changedSince == nil { context.ids?.record(.server, all, partial: false, entry: IDEntry.init) }
        var owner = userID
        if let userName { owner = try await Self.uuid(ofUser: userName, client: client) }
        var servers = filters.filter(all).filter { matches($0, owner: owner) }
        if let number { servers = Array(servers.prefix(number)) }
        if format.json { return context.render.json(.array(servers.map(\.json))) }
        var items = servers.map(\.raw)
        if !details {
            items = items.map {
                var item = $0
                item["links"] = nil
                return item
            }
        }
        if enumerate {
            for (index, item) in items.enumerated() {
                context.output.write("\(index + 1). ", to: .standard)
                context.render.list([item], details: details, order: FieldOrder.server)
            }
        } else {
            context.render.list(items, details: details, order: FieldOrder.server)
        }
    }

    private func matches(_ server: Server, owner: String?) -> Bool {
        let raw = server.raw
        if let status, server.status.lowercased() != status.lowercased() { return false }
        if let owner, raw["user_id"]?.stringValue?.lowercased() != owner.lowercased() { return false }
        if let imageID, Self.text(raw["image"]?["id"]) != imageID { return false }
        if let flavorID, Self.text(raw["flavor"]?["id"]) != flavorID { return false }
        let values = raw["metadata"]?.objectValue ?? JSONObject()
        for pair in metadata {
            let (key, value) = Self.split(pair)
            if values[key]?.stringValue != value { return false }
        }
        for pair in metadataLike {
            let (key, value) = Self.split(pair)
            guard let actual = values[key]?.stringValue, actual.lowercased().contains(value.lowercased()) else { return false }
        }
        return true
    }

    /// The uuid of a user name, from the account service's user catalog.
    static func uuid(ofUser name: String, client: CloudClient) async throws -> String {
        guard let uuid = try await client.userCatalog(names: [name]).uuids[name] else {
            throw CommandError("No user named \(name) is known to the cloud", details: ["To see your own user:", "  kamaki user info"])
        }
        return uuid
    }

    static func split(_ pair: String) -> (String, String) {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }

    /// A JSON id as text (flavor ids are numbers, image ids strings).
    static func text(_ value: JSON?) -> String? {
        value?.stringValue ?? value.map { $0.serialized() }
    }

    /// Parses the date forms kamaki users type (``ISO8601``); without a zone, local time (as kamaki 0.16).
    static func date(_ text: String, timeZone: TimeZone) -> Date? {
        guard let parsed = ISO8601(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        var micros = parsed.microsecondsSince1970()
        if parsed.offset == nil {
            // The zone's offset at that local time: from the time read as UTC, corrected once.
            let asUTC = Date(timeIntervalSince1970: Double(micros) / 1_000_000)
            let guess = asUTC.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: asUTC)))
            micros = parsed.microsecondsSince1970(zonelessOffset: timeZone.secondsFromGMT(for: guess))
        }
        return Date(timeIntervalSince1970: Double(micros) / 1_000_000)
    }

    /// ISO 8601 in UTC, to the second, as `changes-since` takes it.
    static func iso(_ date: Date) -> String {
        ISO8601.format(microsecondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)) * 1_000_000)
    }
}
