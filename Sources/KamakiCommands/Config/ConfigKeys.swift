import ArgumentParser
import Foundation

/// The option paths `config get`, `set` and `delete` take, for completion: the global options kamaki
/// knows, `cloud` and each configured cloud's `cloud.NAME` and `cloud.NAME.KEY` (the keys a cloud takes
/// and those the file sets), and the keys of the file's other sections.
public enum ConfigKeys {
    /// The paths for `verb` (`get`, `set` or `delete`) with the config file as read; a typed
    /// `cloud.NAME.` of a cloud not configured yet (`config set cloud.lab.url`) gets the cloud keys too.
    public static func candidates(_ config: ConfigFile?, verb: String, typed: String = "") -> [String] {
        var paths = ConfigDefaults.globalDescriptions.map(\.key)
        if verb == "get" { paths.append("cloud") }
        var clouds = config?.cloudNames ?? []
        if let name = typedCloud(typed), !clouds.contains(name) { clouds.append(name) }
        for name in clouds {
            if verb != "set" { paths.append("cloud.\(name)") }
            let keys = ConfigDefaults.cloudDescriptions.map(\.key) + (config?.cloud(name)?.map(\.key) ?? [])
            paths += keys.map { "cloud.\(name).\($0)" }
        }
        for section in config?.sections ?? [] where section.header != "global" && !section.header.hasPrefix("cloud \"") {
            paths += section.entries.map { "\(section.header).\($0.key)" }
        }
        for section in config?.sections ?? [] where section.header == "global" {
            paths += section.entries.map(\.key)
        }
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// `NAME` of a typed `cloud.NAME.` (a cloud name may hold dots: the key is the last part).
    static func typedCloud(_ typed: String) -> String? {
        guard typed.hasPrefix("cloud.") else { return nil }
        let rest = typed.dropFirst(6)
        guard let dot = rest.lastIndex(of: "."), dot != rest.startIndex else { return nil }
        return String(rest[..<dot])
    }
}

/// Config keys and cloud names for the shell completion scripts: read from the config file kamaki
/// would use (never the network). The scripts offer only words in kamaki's id syntax (``CompletionScripts``).
enum ConfigCompletion {
    static let clouds = cloudNames(.any)

    /// The clouds of clouds.yaml, for `--os-cloud`.
    static let openStackClouds = cloudNames(.openStack)

    /// ``CloudNames``, `local` included: the `kamaki` that answers has the embedded cloud.
    static func cloudNames(_ scope: CloudNames.Scope) -> CompletionKind {
        .custom { _, _, prefix in
            let environment = RunEnvironment.current(embeddedCloud: nil)
            let names = CloudNames.list(scope, config: defaultConfig(), environment: environment, local: true)
            return CloudNames.offerable(names).filter { $0.hasPrefix(prefix) }
        }
    }

    static func keys(verb: String) -> CompletionKind {
        .custom { _, _, prefix in ConfigKeys.candidates(defaultConfig(), verb: verb, typed: prefix).filter { $0.hasPrefix(prefix) } }
    }

    static func defaultConfig() -> ConfigFile? {
        let environment = RunEnvironment.current(embeddedCloud: nil)
        return try? ConfigFile.load(path: environment.configPath(option: nil))
    }
}
