import ArgumentParser
import Foundation
import KamakiAPI
import KamakiClient

/// What the keypair commands share: kamaki 0.16's missing-key block.
enum KeypairCommands {
    static let hints = ["To list all keypairs", "  kamaki keypair list", "To get keypair details", "  kamaki keypair info KEY_NAME"]

    static func lookup<T>(_ name: String, _ body: () async throws -> T) async throws -> T {
        try await CatalogCommands.lookup("No keypair with name \(name) found", hints: hints, body)
    }
}

/// `--key-name` and `-f` of `keypair upload` and `keypair generate`.
struct KeypairCreation: ParsableArguments, Sendable {
    @Option(name: .customLong("key-name"), help: "The name of the key (default: kamaki-key_autogen_<time>_<random>).")
    var keyName: String?
    @Flag(
        name: [.customShort("f"), .customLong("force")],
        help: "(DANGEROUS) Replace an existing keypair of the same name. Do not use it if unsure.")
    var force = false

    /// The name given, or kamaki 0.16's generated one: `kamaki-key_autogen_MM_DD_HH_MM_SS_micros_<8 hex>`.
    func name(timeZone: TimeZone, now: Date = Date()) -> String {
        if let keyName { return keyName }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.month, .day, .hour, .minute, .second, .nanosecond], from: now)
        let fields = [parts.month, parts.day, parts.hour, parts.minute, parts.second].map { String($0 ?? 0).leftPadded(to: 2) }
        let micros = String((parts.nanosecond ?? 0) / 1000).leftPadded(to: 6)
        let unique = UUID().uuidString.lowercased().prefix(8)
        return "kamaki-key_autogen_" + fields.joined(separator: "_") + "_\(micros)_\(unique)"
    }

    /// Runs `make`; on a 409 (the name is taken) deletes the old keypair and runs it again with `-f`, else
    /// says how to override it (stderr) and fails with the cloud's error.
    func create(
        name: String, override: String, context: CommandContext, _ make: (CloudClient) async throws -> Keypair
    ) async throws -> Keypair {
        let client = try await context.client()
        do {
            let keypair = try await make(client)
            context.ids?.upsert(.keypair, IDEntry(keypair))
            return keypair
        } catch let error as ClientError where error.status == 409 {
            guard force else {
                context.output.note(
                    "A keypair with that name already exists. To override the conflicting key you can use the following command:\n"
                        + override)
                throw error
            }
            try await client.deleteKeypair(name)
            let keypair = try await make(client)
            context.ids?.upsert(.keypair, IDEntry(keypair))
            return keypair
        }
    }
}
