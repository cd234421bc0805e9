import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki keypair upload --public-key KEY [--key-name NAME] [-f]`
struct KeypairUpload: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "upload", abstract: "Upload or update a keypair")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var creation: KeypairCreation
    @Option(name: .customLong("public-key"), help: "The contents of the keypair (the public key).") var publicKey: String?

    func validate() throws {
        if publicKey == nil { throw ValidationError("Missing --public-key") }
    }

    func execute(in context: CommandContext) async throws {
        let name = creation.name(timeZone: context.environment.timeZone)
        let override = "kamaki keypair upload -f --key-name \(name) --public-key \(publicKey ?? "")"
        let keypair = try await creation.create(name: name, override: override, context: context) { client in
            try await client.createKeypair(name: name, publicKey: publicKey)
        }
        if format.json { return context.render.json(keypair.json) }
        context.render.dict(keypair.raw, order: FieldOrder.keypair)
    }
}
