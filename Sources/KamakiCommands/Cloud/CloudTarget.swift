/// Which cloud a run talks to, decided from `--cloud`, the config file and the environment
/// (kamaki-cli.md §2.3), before anything touches the network.
public enum CloudTarget: Sendable, Equatable {
    /// The embedded local cloud (no cloud configured, or `--cloud local`).
    case embedded
    /// A configured cloud.
    case configured(ConfiguredCloud)

    /// The cloud's name as the prompt and the id cache know it.
    public var name: String {
        switch self {
        case .embedded: "local"
        case .configured(let cloud): cloud.name
        }
    }

    /// Decides the cloud.
    public static func resolve(config: ConfigFile, cloudOption: String?, variables: [String: String]) throws -> CloudTarget {
        let names = config.cloudNames
        let chosen: String?
        if let cloudOption {
            chosen = cloudOption
        } else if let name = config.global("default_cloud"), !name.isEmpty {
            chosen = name
        } else if let name = variables["KAMAKI_DEFAULT_CLOUD"], !name.isEmpty {
            chosen = name
        } else if names.count == 1 {
            chosen = names[0]
        } else if names.isEmpty {
            return .embedded
        } else {
            throw CommandError(
                "Found \(names.count) clouds but none of them is set as default",
                details: [
                    "Please, choose one of the following cloud names:", names.joined(separator: ", "),
                    "To set a default cloud:", "  kamaki config set default_cloud <cloud name>",
                    "To pick a cloud for the current session, use --cloud:", "  kamaki --cloud=<cloud name> ...",
                ])
        }
        guard let name = chosen else { return .embedded }
        guard let options = config.cloud(name) else {
            if name == "local" { return .embedded }
            throw CommandError(
                "No cloud \"\(name)\" is configured",
                details: [
                    "To configure a new cloud \"\(name)\", find and set the",
                    "single authentication URL and token:",
                    "  kamaki config set cloud.\(name).url <URL>",
                    "  kamaki config set cloud.\(name).token <t0k3n>",
                    "Without --cloud, kamaki uses the embedded local cloud when none is configured.",
                ])
        }
        func option(_ key: String) -> String? {
            options.last { $0.key == key }.map(\.value).flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let url = option("url") else {
            throw CommandError(
                "No authentication URL provided for cloud \"\(name)\"",
                details: ["Set a URL for cloud \(name):", "  kamaki config set cloud.\(name).url <URL>"])
        }
        guard let token = option("token")?.split(separator: " ").first.map(String.init) else {
            throw CommandError(
                "No authentication TOKEN provided for cloud \"\(name)\"",
                details: ["Set a TOKEN for cloud \(name):", "  kamaki config set cloud.\(name).token <TOKEN>"])
        }
        var services: [String: String] = [:]
        for (kamakiKey, type) in [
            ("network_url", "network"), ("cyclades_url", "compute"), ("compute_url", "compute"), ("astakos_url", "account"),
            ("account_url", "account"), ("plankton_url", "image"),
        ] {
            if let value = option(kamakiKey) { services[type] = value }
        }
        return .configured(ConfiguredCloud(name: name, url: url, token: token, serviceURLs: services))
    }
}

/// A cloud from the config file.
public struct ConfiguredCloud: Sendable, Equatable {
    public var name: String
    public var url: String
    public var token: String
    public var serviceURLs: [String: String]
}
