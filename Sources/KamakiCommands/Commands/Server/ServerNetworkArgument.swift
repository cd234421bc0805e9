import Foundation
import KamakiAPI
import KamakiClient

/// `server create --network [id=]NETWORK_ID[,[ip=]IP]`, read as kamaki 0.16 reads it: the id
/// first unless marked, the address second (a bare second part is the address when the id is
/// already given); each part at most once. Then checked, which kamaki did not do: the id is an
/// id (or a name the id cache knows) and the address an IPv4 or IPv6 address.
enum ServerNetworkArgument {
    static let syntax = "Valid format: [id=]NETWORK_ID[,[ip=]IP]"

    /// The network and address of one `--network` value; `resolve` turns a network word into an id.
    static func parse(_ value: String, resolve: (String) throws -> String) throws -> ServerCreateRequest.NetworkConnection {
        let invalid = CommandError.usage("Invalid network argument \(value)", details: [syntax])
        let parts = value.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var network = ""
        var address = ""
        let first = parts[0]
        if first.hasPrefix("id=") {
            network = String(first.dropFirst(3))
        } else if first.hasPrefix("ip=") {
            address = String(first.dropFirst(3))
        } else {
            network = first
        }
        if parts.count > 1, !parts[1].isEmpty {
            let second = parts[1]
            if (second.hasPrefix("id=") && !network.isEmpty) || (second.hasPrefix("ip=") && !address.isEmpty) { throw invalid }
            if second.hasPrefix("id=") {
                network = String(second.dropFirst(3))
            } else if second.hasPrefix("ip=") {
                address = String(second.dropFirst(3))
            } else if !network.isEmpty {
                address = second
            } else {
                network = second
            }
        }
        guard !network.isEmpty else { throw invalid }
        let id: String
        do {
            id = try resolve(network)
        } catch {
            throw CommandError.usage(
                "Invalid network argument \(value): \(TerminalText.escaped(network)) is not a network id", details: [syntax])
        }
        if address.isEmpty { return .init(networkID: id) }
        guard IPAddressText.isValid(address) else {
            throw CommandError.usage(
                "Invalid network argument \(value): \(TerminalText.escaped(address)) is not an IP address", details: [syntax])
        }
        return .init(networkID: id, fixedIP: address)
    }
}

/// Whether text is an IPv4 or IPv6 address, by `inet_pton`.
enum IPAddressText {
    static func isValid(_ text: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(AF_INET, text, &buffer) == 1 || inet_pton(AF_INET6, text, &buffer) == 1
    }
}
