import ArgumentParser
import Foundation

/// Live ids for shell completion scripts (bash, zsh, fish): the script calls kamaki back, and these
/// read the on-disk id cache of the cloud in use. They never touch the network, and offer only
/// well-formed ids (the scripts print them for the shell; see ``CompletionScripts``).
enum IDCompletion {
    static func kind(_ kind: IDKind) -> CompletionKind {
        .custom { _, _, prefix in candidates(kind, prefix: prefix) }
    }

    static let network = kind(.network)
    static let subnet = kind(.subnet)
    static let port = kind(.port)
    static let floatingIP = kind(.floatingIP)
    static let server = kind(.server)
    static let flavor = kind(.flavor)
    static let image = kind(.image)
    static let keypair = kind(.keypair)

    /// The cached ids of `kind` that start with `prefix` (or whose first label does).
    static func candidates(_ kind: IDKind, prefix: String) -> [String] {
        let environment = RunEnvironment.current(embeddedCloud: nil)
        let config = (try? ConfigFile.load(path: environment.configPath(option: nil))) ?? ConfigFile(path: "")
        let name = (try? CloudTarget.resolve(config: config, cloudOption: nil, environment: environment))?.name ?? "local"
        let cache = IDCache(path: IDCache.path(cacheDirectory: environment.cacheDirectory, cloud: name))
        return cache.entries(kind).compactMap { entry in
            guard entry.isWellFormed else { return nil }
            if entry.id.hasPrefix(prefix) { return entry.id }
            if let label = entry.labels.first, !prefix.isEmpty, label.hasPrefix(prefix) { return entry.id }
            return nil
        }
    }
}
