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
        return candidates(cache.entries(kind), prefix: prefix)
    }

    /// The ids of `entries` that start with `prefix`; where a name starts with it instead, the name,
    /// when it is one entry's and a plain word: names work where ids go, and a shell's completion keeps
    /// only candidates that start with the word typed (`demo-server-2` would never become its UUID).
    static func candidates(_ entries: [IDEntry], prefix: String) -> [String] {
        let wellFormed = entries.filter(\.isWellFormed)
        var uses: [String: Int] = [:]
        for entry in wellFormed { if let label = entry.labels.first { uses[label, default: 0] += 1 } }
        return wellFormed.compactMap { entry in
            if entry.id.hasPrefix(prefix) { return entry.id }
            guard let label = entry.labels.first, !prefix.isEmpty, label.hasPrefix(prefix) else { return nil }
            return uses[label] == 1 && isPlainWord(label) ? label : entry.id
        }
    }

    /// What the completion scripts accept as a candidate: a letter or digit, then letters, digits and `._-`.
    static func isPlainWord(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
        }
    }
}
