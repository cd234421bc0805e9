/// kamaki 0.16's built-in options: the global ones with the values it uses when the file does not set
/// them (`config get`, `config list`), and the descriptions `config list --with-description` and
/// `--describe-option-keys` print. kamaki's `*_cli` options, which pick its Python modules, have no
/// meaning here and are left out (docs/compatibility.md).
enum ConfigDefaults {
    /// The global options, in kamaki's order, with their descriptions.
    static let globalDescriptions: [(key: String, description: String)] = [
        ("default_cloud", "The default cloud, when there are more than one clouds"),
        ("colors", "enable / disable console colors, requires \"ansi-colors\" (on / off)"),
        ("history_file", "path to store kamaki history"),
        ("history_limit", "#commands to keep in history"),
        ("log_file", "path to dumb kamaki logs"),
        ("log_token", "show user token in HTTP logs (insecure - on / off)"),
        ("log_data", "show HTTP data (body) in logs (on / off)"),
        ("log_pid", "show process id in HTTP logs (on / off)"),
        ("ignore_ssl", "allow insecure HTTP connections (on / off)"),
        ("ca_certs", "path to CA certificates bundle (system depended)"),
    ]

    /// Options of this kamaki only: described (`config list --with-description`), but neither in
    /// `--describe-option-keys`, which prints kamaki 0.16's keys, nor given a built-in value, so
    /// `config list` shows them only when they are set.
    static let ownDescriptions: [(key: String, description: String)] = [
        ("pager", "the shell's pager for output longer than the screen: a command (default: $PAGER, else less -FRX), or off")
    ]

    /// The options of a cloud, with their descriptions.
    static let cloudDescriptions: [(key: String, description: String)] =
        [
            ("url", "cloud authentication URL"),
            ("token", "user token for this cloud"),
            ("pithos_container", "default pithos container for this cloud (if not set, use pithos)"),
            ("pithos_id", "pithos user uuid (if not set, use the token user)"),
        ] + openStackCloudDescriptions

    /// The OpenStack (Keystone v3) options of a cloud, as clouds.yaml names them: described, but not in
    /// `--describe-option-keys`, which prints kamaki 0.16's keys.
    static let openStackCloudDescriptions: [(key: String, description: String)] = [
        ("username", "OpenStack: Keystone user name (password authentication)"),
        ("user_id", "OpenStack: Keystone user id, instead of username"),
        ("password", "OpenStack: Keystone password (never printed)"),
        ("user_domain_name", "OpenStack: the user's domain (default: Default)"),
        ("project_name", "OpenStack: the project to scope the token to"),
        ("project_id", "OpenStack: the project id to scope the token to"),
        ("project_domain_name", "OpenStack: the project's domain (default: Default)"),
        ("application_credential_id", "OpenStack: application credential id"),
        ("application_credential_secret", "OpenStack: application credential secret (never printed)"),
        ("region_name", "OpenStack: the catalog region to use"),
        ("interface", "OpenStack: the catalog interface: public (default), internal or admin"),
    ]

    /// Whether a cloud option holds a secret that `config get` and `config list` show as `...`
    /// (a token stays printable: kamaki 0.16 prints it, and `user` commands read it back).
    static func isHidden(cloudKey key: String) -> Bool {
        key == "password" || key.hasSuffix("_secret")
    }

    /// A cloud option's value as `config get` and `config list` show it.
    static func shown(cloudKey key: String, _ value: String) -> String {
        isHidden(cloudKey: key) && !value.isEmpty ? "..." : value
    }

    /// The global options' built-in values (`ca_certs` has none: unset, as in kamaki).
    static func globals(home: String) -> [String: String] {
        [
            "default_cloud": "", "colors": "off", "history_file": home + "/.kamaki.history", "history_limit": "0",
            "log_file": home + "/.kamaki.log", "log_token": "off", "log_data": "off", "log_pid": "off", "ignore_ssl": "off",
        ]
    }

    /// The description of `key` in `section` (`global` or a cloud), if kamaki documents it.
    static func description(of key: String, cloud: Bool) -> String? {
        (cloud ? cloudDescriptions : globalDescriptions + ownDescriptions).first { $0.key == key }?.description
    }

    /// The built-in value of an option path (`key` or `global.key`), if it is a global option with one.
    static func value(at path: String, home: String) -> String? {
        let (header, key) = ConfigFile.split(path)
        guard header == "global", let key else { return nil }
        return globals(home: home)[key]
    }
}
