import ArgumentParser
import Foundation
import KamakiAPI
import KamakiClient

/// `kamaki subnet …`
struct SubnetGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subnet", abstract: "Networking API subnet commands",
        subcommands: [SubnetList.self, SubnetInfo.self, SubnetCreate.self, SubnetModify.self])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
