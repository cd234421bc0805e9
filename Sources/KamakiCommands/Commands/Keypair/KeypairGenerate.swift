import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki keypair generate [--key-name NAME] [-f]`: the cloud makes the keypair; its private key is shown
/// this once (the cloud does not keep it).
struct KeypairGenerate: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Generate a keypair")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @OptionGroup var creation: KeypairCreation

    func execute(in context: CommandContext) async throws {
        let name = creation.name(timeZone: context.environment.timeZone)
        let keypair = try await creation.create(name: name, override: "kamaki keypair generate -f --key-name \(name)", context: context) {
            try await $0.createKeypair(name: name)
        }
        if format.json { return context.render.json(keypair.json) }
        // The private key last, as PEM lines one can save (kamaki 0.16 prints it so too); other
        // control characters are still escaped.
        var shown = keypair.raw
        shown["private_key"] = nil
        context.render.dict(shown, order: FieldOrder.keypair)
        if let pem = keypair.privateKey { context.output.write("private_key: " + TerminalText.escapedLines(pem) + "\n", to: .standard) }
    }
}
