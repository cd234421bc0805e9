import Foundation
import Yams

/// openstacksdk's `clouds.yaml`, with `secure.yaml` merged over it: the first file found of
/// `$OS_CLIENT_CONFIG_FILE`, `./clouds.yaml`, `$XDG_CONFIG_HOME/openstack/clouds.yaml` (default
/// `~/.config/openstack/`) and `/etc/openstack/clouds.yaml` (`.yml` too), and likewise for
/// `secure.yaml` (`$OS_CLIENT_SECURE_FILE` first).
struct OpenStackCloudsFile {
    /// The file read, if any.
    var path: String?
    /// The secure file merged over it, if any.
    var securePath: String?
    /// The `clouds:` mapping, merged.
    var clouds: [String: [String: Any]]

    /// The folders searched, in order.
    static func folders(_ environment: RunEnvironment) -> [String] {
        let config = environment.variables["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? environment.homeDirectory + "/.config"
        return [environment.resolve("."), environment.resolve(config) + "/openstack", environment.openStackSystemFolder]
    }

    /// The first existing file of `variable`'s path and `base`.yaml / .yml in ``folders(_:)``.
    static func find(_ base: String, variable: String, _ environment: RunEnvironment) -> String? {
        var candidates: [String] = []
        if let explicit = environment.variables[variable], !explicit.isEmpty { candidates.append(environment.resolve(explicit)) }
        for folder in folders(environment) { candidates += [folder + "/\(base).yaml", folder + "/\(base).yml"] }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Reads the files this run would use; none found is an empty set of clouds.
    static func load(_ environment: RunEnvironment) throws -> OpenStackCloudsFile {
        let path = find("clouds", variable: "OS_CLIENT_CONFIG_FILE", environment)
        let securePath = find("secure", variable: "OS_CLIENT_SECURE_FILE", environment)
        var clouds: [String: [String: Any]] = try path.map(read) ?? [:]
        let secure: [String: [String: Any]] = try securePath.map(read) ?? [:]
        for (name, secure) in secure {
            clouds[name] = merged(clouds[name] ?? [:], secure)
        }
        return OpenStackCloudsFile(path: path, securePath: securePath, clouds: clouds)
    }

    /// The `clouds:` mapping of one file.
    static func read(_ path: String) throws -> [String: [String: Any]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("\(path) cannot be read", details: ["Check its permissions"])
        }
        let document: Any?
        do {
            document = try Yams.load(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw CommandError("\(path) is not valid YAML", details: "\(error)".split(separator: "\n").prefix(3).map(String.init))
        }
        guard let top = document as? [String: Any], let clouds = top["clouds"] else {
            if document == nil { return [:] }
            throw CommandError("\(path) has no \"clouds:\" mapping", details: ["See openstacksdk's clouds.yaml format"])
        }
        guard let mapping = clouds as? [String: Any] else { throw CommandError("\(path): \"clouds:\" is not a mapping") }
        var result: [String: [String: Any]] = [:]
        for (name, entry) in mapping {
            guard let entry = entry as? [String: Any] else { throw CommandError("\(path): cloud \"\(name)\" is not a mapping") }
            result[name] = entry
        }
        return result
    }

    /// `over` merged into `base`, mappings recursively (openstacksdk's merge of secure.yaml).
    static func merged(_ base: [String: Any], _ over: [String: Any]) -> [String: Any] {
        var result = base
        for (key, value) in over {
            if let inner = value as? [String: Any], let existing = result[key] as? [String: Any] {
                result[key] = merged(existing, inner)
            } else {
                result[key] = value
            }
        }
        return result
    }

    /// The names of the clouds, sorted.
    var names: [String] { clouds.keys.sorted() }

    /// Where the clouds come from, for messages.
    var origin: String { path ?? "clouds.yaml" }

    /// The cloud `name`, or nil when the files have no such entry.
    func cloud(_ name: String) throws -> ConfiguredCloud? {
        guard let entry = clouds[name] else { return nil }
        let auth = entry["auth"] as? [String: Any] ?? [:]
        let fields = OpenStackAuthFields { key in Self.text(auth[key]) ?? Self.text(entry[key]) }
        return try fields.cloud(name: name, origin: origin)
    }

    /// A scalar as text (YAML numbers and booleans too: a project id may be all digits).
    static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: string
        case let number as Int: String(number)
        case let number as Double: String(number)
        case let flag as Bool: String(flag)
        default: nil
        }
    }
}

extension RunEnvironment {
    /// openstacksdk's system-wide folder, `/etc/openstack`; `KAMAKI_OPENSTACK_SYSTEM_CONFIG` moves it
    /// (tests, so that the machine's own files never leak in).
    var openStackSystemFolder: String {
        variables["KAMAKI_OPENSTACK_SYSTEM_CONFIG"].flatMap { $0.isEmpty ? nil : $0 } ?? "/etc/openstack"
    }

    /// The `OS_*` variables of an openrc file as a cloud named `envvars` (openstacksdk's name for it),
    /// when `OS_AUTH_URL` is set.
    func openStackEnvironmentCloud() throws -> ConfiguredCloud? {
        guard variables["OS_AUTH_URL"]?.isEmpty == false else { return nil }
        let fields = OpenStackAuthFields { key in variables["OS_" + key.uppercased()] }
        return try fields.cloud(name: "envvars", origin: "OS_* environment variables")
    }
}
