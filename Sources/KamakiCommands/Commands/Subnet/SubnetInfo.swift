import ArgumentParser
import Foundation
import KamakiAPI
import KamakiClient

/// `kamaki subnet info <subnet id>`
struct SubnetInfo: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Get details about a subnet")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: "The subnet id, name or CIDR.", completion: IDCompletion.subnet) var subnetID: String

    func execute(in context: CommandContext) async throws {
        let subnetID = try await context.resolvedID(self.subnetID, .subnet)
        let client = try await context.client()
        let subnet = try await ResourceErrors.lookup(kind: .subnet, id: subnetID) {
            try await client.subnet(subnetID)
        }
        // kamaki 0.16 prints the reply as the API wraps it, {"subnet": {…}}: scripts read .subnet.cidr.
        guard format.json else { return context.show(subnet, format) }
        context.ids?.upsert(.subnet, subnet.idEntry)
        context.render.json(.object(JSONObject([("subnet", subnet.json)])))
    }
}
