import ArgumentParser
import KamakiAPI
import KamakiClient

/// What the flavor, image and keypair commands share: kamaki 0.16's list options and printing,
/// its "No flavor with ID …" translations of a 400 or 404, and owner names beside uuids.
enum CatalogCommands {
    /// Runs `body`, turning the cloud's 400 or 404 into kamaki's block: `(404) <message>`, the hints,
    /// then the cloud's own line.
    static func lookup<T>(_ message: String, hints: [String], _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ClientError where error.status == 404 || error.status == 400 {
            throw CommandError("(\(error.status ?? 0)) " + message, details: hints + [ErrorPresenter.rawLine(error) ?? error.description])
        }
    }

    /// Prints list items as kamaki does (`-n` applied already): JSON, or `id name` lines with (for `details`)
    /// their other fields, each numbered with `--enumerate`.
    static func print(
        _ items: [JSONObject], json: Bool, details: Bool, enumerate: Bool, title: [String] = ["id", "name"], context: CommandContext
    ) {
        if json { return context.render.json(.array(items.map(JSON.object))) }
        guard enumerate else { return context.render.list(items, title: title, details: details) }
        for (index, item) in items.enumerated() {
            context.output.write("\(index + 1). ", to: .standard)
            context.render.list([item], title: title, details: details)
        }
    }

    /// `uuid (name)` for each uuid the account service knows, as kamaki 0.16 shows owners.
    static func withNames(_ uuids: [String], client: CloudClient) async throws -> [String: String] {
        let names = try await client.userCatalog(uuids: Array(Set(uuids)).sorted()).names
        return Dictionary(uniqueKeysWithValues: Set(uuids).map { ($0, "\($0) (\(names[$0] ?? "None"))") })
    }

    /// `KEY=VALUE` split at the first `=`.
    static func pair(_ text: String) -> (key: String, value: String) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }

    /// Whether `values` has every `exact` pair and, case-insensitively, contains every `like` value.
    static func matches(_ values: JSONObject, exact: [String], like: [String]) -> Bool {
        for text in exact {
            let (key, value) = pair(text)
            if values[key].map(Renderer.scalar) != value { return false }
        }
        for text in like {
            let (key, value) = pair(text)
            guard let actual = values[key].map(Renderer.scalar), actual.lowercased().contains(value.lowercased()) else { return false }
        }
        return true
    }

    /// Checks `KEY=VALUE` options.
    static func validatePairs(_ pairs: [String], option: String) throws {
        for pair in pairs where !pair.contains("=") { throw ValidationError("Invalid \(option) \(pair): use KEY=VALUE") }
    }
}

/// kamaki 0.16's `-n`/`--number` (``ListNumber``) and `--enumerate` of list commands.
struct ListPaging: ParsableArguments, Sendable {
    @OptionGroup var count: ListNumber
    @Flag(name: .customLong("enumerate"), help: "Number the lines.") var enumerate = false

    func apply<T>(_ items: [T]) -> [T] { count.apply(items) }
}
