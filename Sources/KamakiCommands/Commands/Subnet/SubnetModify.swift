import ArgumentParser
import Foundation
import KamakiAPI
import KamakiClient

/// `kamaki subnet modify <subnet id> --name NEW`
struct SubnetModify: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "modify", abstract: "Modify the attributes of a subnet")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The subnet id, name or CIDR.", completion: IDCompletion.subnet) var subnetID: String
    @Option(name: .customLong("name"), help: "The new name.") var name: String

    func execute(in context: CommandContext) async throws {
        let subnetID = try await context.resolvedID(self.subnetID, .subnet)
        let client = try await context.client()
        let subnet = try await ResourceErrors.lookup(kind: .subnet, id: subnetID) {
            try await client.renameSubnet(subnetID, name: name)
        }
        context.show(subnet, format)
    }
}
