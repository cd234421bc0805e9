import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki quota …`
struct QuotaGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quota", abstract: "Astakos/Account API commands for quotas", subcommands: [QuotaList.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
