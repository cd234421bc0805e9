import ArgumentParser
import Foundation
import KamakiAPI
import KamakiClient

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
        return candidates(cache.entries(kind), kind: kind, prefix: prefix)
    }

    /// The ids of `entries` that start with `prefix`; where a name starts with it instead, the name,
    /// when names work where these ids go (servers and networks: their commands resolve names), it is
    /// one entry's, a word the scripts accept (``ResourceID/isWellFormed(_:)``) and not what reads as an id (a number, a UUID). A shell's completion
    /// keeps only candidates that start with the word typed: `demo-server-2` would never become its UUID.
    static func candidates(_ entries: [IDEntry], kind: IDKind, prefix: String) -> [String] {
        let wellFormed = entries.filter(\.isWellFormed)
        let names = wellFormed.map { name(of: $0, kind: kind) }
        var uses: [String: Int] = [:]
        for name in names { if let name { uses[name, default: 0] += 1 } }
        return zip(wellFormed, names).compactMap { entry, name in
            if entry.id.hasPrefix(prefix) { return entry.id }
            guard let label = entry.labels.first, !prefix.isEmpty, label.hasPrefix(prefix) else { return nil }
            guard let name, name == label, uses[name] == 1, ResourceID.isWellFormed(name), !readsAsID(name) else { return entry.id }
            return name
        }
    }

    /// An entry's name, when its kind's commands resolve names: a network's first label (its name, even
    /// empty); a server's first of two (name and status; a server without a name has its status alone).
    private static func name(of entry: IDEntry, kind: IDKind) -> String? {
        switch kind {
        case .network: entry.labels.first.flatMap { $0.isEmpty ? nil : $0 }
        case .server: entry.labels.count == 2 ? entry.labels[0] : nil
        default: nil
        }
    }

    /// A Synnefo id (a positive number) or a UUID: a name like that is taken for an id.
    static func readsAsID(_ text: String) -> Bool {
        ResourceID.synnefo(text) != nil || CloudDialect.isUUID(text)
    }
}
