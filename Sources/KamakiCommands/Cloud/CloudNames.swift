import KamakiAPI

/// The names of the clouds a user can pick, from one place: `use cloud NAME` and `--cloud NAME`
/// (the shell's completion and the shell scripts'), `--os-cloud NAME`, and the "no such cloud" error
/// that lists the known ones.
///
/// The names are kamakirc's `[cloud "NAME"]` sections in file order, then the entries of the
/// clouds.yaml this run would read (``OpenStackCloudsFile``: `OS_CLIENT_CONFIG_FILE`, `./`,
/// `~/.config/openstack/`, `/etc/openstack/`) sorted, each name once, then `local` (the embedded
/// cloud) when there is one and no configured cloud has that name.
public enum CloudNames {
    /// Which names an option takes.
    public enum Scope: Sendable {
        /// Any cloud `--cloud` or `use cloud` can choose.
        case any
        /// clouds.yaml's clouds only (`--os-cloud`).
        case openStack
    }

    /// The names, in the order above. A clouds.yaml that cannot be read adds none (its error is
    /// reported when a cloud is picked from it).
    public static func list(_ scope: Scope = .any, config: ConfigFile?, environment: RunEnvironment, local: Bool) -> [String] {
        let openStack = (try? OpenStackCloudsFile.load(environment))?.names ?? []
        guard scope == .any else { return openStack }
        var names: [String] = []
        for name in (config?.cloudNames ?? []) + openStack where !names.contains(name) { names.append(name) }
        return local && !names.contains("local") ? names + ["local"] : names
    }

    /// The names that may be offered for completion: a name from a file is data, and one with a
    /// control character or shell syntax (``ResourceID``'s rule) is never inserted into a line.
    public static func offerable(_ names: [String]) -> [String] {
        names.filter(ResourceID.isWellFormed)
    }
}
