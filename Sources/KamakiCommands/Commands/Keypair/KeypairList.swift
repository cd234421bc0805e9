import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki keypair list`: each key's name and fingerprint (`-l`: its public key too).
struct KeypairList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List all keypairs")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var filters: NameFilters
    @Flag(name: [.customShort("l"), .customLong("detail")], help: "Show the public keys too.") var details = false

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        let all = try await client.listKeypairs()
        context.ids?.replace(.keypair, with: all.map(IDEntry.init))
        let items = all.filter { filters.matches(id: $0.name, name: $0.name) }.map { keypair in
            var item = keypair.raw
            if !details { item["public_key"] = nil }
            return item
        }
        CatalogCommands.print(items, json: format.json, details: true, enumerate: false, title: ["name"], context: context)
    }
}
