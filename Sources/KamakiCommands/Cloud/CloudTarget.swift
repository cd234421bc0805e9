import KamakiAPI
import KamakiClient

/// Which cloud a run talks to, decided from the options, the config files and the environment
/// before anything touches the network.
///
/// The order (README, "Using kamaki with an OpenStack cloud"): `--os-cloud NAME` (a clouds.yaml
/// entry); `--cloud NAME` (kamakirc, else clouds.yaml; `local` is the embedded cloud); `OS_CLOUD`
/// (clouds.yaml, else kamakirc); kamakirc's `default_cloud`, `$KAMAKI_DEFAULT_CLOUD` or its only
/// cloud; the `OS_*` variables of an openrc file (`OS_AUTH_URL` …), as the cloud `envvars`; the
/// embedded local cloud.
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

    /// The cloud's name with the project it is scoped to, when the configuration names one
    /// (`devstack/demo`): what the shell's prompt shows.
    public var promptName: String {
        guard case .configured(let cloud) = self, let scope = cloud.scope else { return name }
        guard let project = scope.projectName ?? scope.projectID.map({ String($0.prefix(8)) }) else { return name }
        return name + "/" + project
    }

    /// Decides the cloud from a run's options and environment.
    public static func resolve(
        config: ConfigFile, cloudOption: String?, osCloudOption: String? = nil, environment: RunEnvironment
    ) throws -> CloudTarget {
        if let osCloudOption {
            guard let cloud = try openStackCloud(osCloudOption, environment) else {
                throw try unknownOpenStackCloud(osCloudOption, environment)
            }
            return .configured(cloud)
        }
        if let cloudOption { return try named(cloudOption, config: config, environment: environment) }
        if let name = environment.variables["OS_CLOUD"], !name.isEmpty {
            if let cloud = try openStackCloud(name, environment) { return .configured(cloud) }
            guard config.cloud(name) != nil else { throw try unknownOpenStackCloud(name, environment, variable: true) }
            return try named(name, config: config, environment: environment)
        }
        let names = config.cloudNames
        if let name = config.global("default_cloud"), !name.isEmpty {
            return try named(name, config: config, environment: environment)
        } else if let name = environment.variables["KAMAKI_DEFAULT_CLOUD"], !name.isEmpty {
            return try named(name, config: config, environment: environment)
        } else if names.count == 1 {
            return try named(names[0], config: config, environment: environment)
        } else if !names.isEmpty {
            throw CommandError(
                "Found \(names.count) clouds but none of them is set as default",
                details: [
                    "Please, choose one of the following cloud names:", names.joined(separator: ", "),
                    "To set a default cloud:", "  kamaki config set default_cloud <cloud name>",
                    "To pick a cloud for the current session, use --cloud:", "  kamaki --cloud=<cloud name> ...",
                ])
        }
        if let cloud = try environment.openStackEnvironmentCloud() { return .configured(cloud) }
        return .embedded
    }

    /// The cloud `name`: kamakirc's, else clouds.yaml's; `local` without either is the embedded cloud.
    static func named(_ name: String, config: ConfigFile, environment: RunEnvironment) throws -> CloudTarget {
        if let options = config.cloud(name) { return .configured(try kamakircCloud(name, options)) }
        if let cloud = try openStackCloud(name, environment) { return .configured(cloud) }
        if name == "local" { return .embedded }
        let known = CloudNames.list(config: config, environment: environment, local: true).map(TerminalText.escaped)
        throw CommandError(
            "No cloud \"\(name)\" is configured",
            details: [
                "The clouds: " + known.joined(separator: ", "),
                "To configure a new cloud \"\(name)\", find and set the",
                "single authentication URL and token:",
                "  kamaki config set cloud.\(name).url <URL>",
                "  kamaki config set cloud.\(name).token <t0k3n>",
                "or add it to clouds.yaml (an OpenStack cloud).",
                "Without --cloud, kamaki uses the embedded local cloud when none is configured.",
            ])
    }

    /// The clouds.yaml entry `name`, if the files have one.
    static func openStackCloud(_ name: String, _ environment: RunEnvironment) throws -> ConfiguredCloud? {
        try OpenStackCloudsFile.load(environment).cloud(name)
    }

    static func unknownOpenStackCloud(_ name: String, _ environment: RunEnvironment, variable: Bool = false) throws -> CommandError {
        let file = try OpenStackCloudsFile.load(environment)
        let from = variable ? " (OS_CLOUD)" : ""
        guard let path = file.path else {
            return CommandError(
                "No cloud \"\(name)\"\(from): no clouds.yaml found",
                details: ["Searched: $OS_CLIENT_CONFIG_FILE, " + OpenStackCloudsFile.folders(environment).joined(separator: ", ")])
        }
        let known = file.names.isEmpty ? "it has no clouds" : "its clouds: " + file.names.joined(separator: ", ")
        return CommandError("No cloud \"\(name)\"\(from) in \(path)", details: [known])
    }

    /// A kamakirc `[cloud "NAME"]`: `url` with `token` (Synnefo or Keystone), or with Keystone's
    /// `username`/`password`, `application_credential_id`/`_secret`, `project_name` …, `region_name`, `interface`.
    static func kamakircCloud(_ name: String, _ options: [(key: String, value: String)]) throws -> ConfiguredCloud {
        func option(_ key: String) -> String? {
            options.last { $0.key == key }.map(\.value).flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let url = option("url") else {
            throw CommandError(
                "No authentication URL provided for cloud \"\(name)\"",
                details: ["Set a URL for cloud \(name):", "  kamaki config set cloud.\(name).url <URL>"])
        }
        var services: [String: String] = [:]
        for (kamakiKey, type) in [
            ("network_url", "network"), ("cyclades_url", "compute"), ("compute_url", "compute"), ("astakos_url", "account"),
            ("account_url", "account"), ("plankton_url", "image"),
        ] {
            if let value = option(kamakiKey) { services[type] = value }
        }
        var fields = OpenStackAuthFields { key in key == "auth_url" ? url : option(key) }
        // kamaki keeps several users' tokens space-separated: the first is the one in use.
        fields.token = fields.token?.split(separator: " ").first.map(String.init)
        guard fields.token != nil || fields.password != nil || fields.applicationCredentialID != nil else {
            throw CommandError(
                "No authentication TOKEN provided for cloud \"\(name)\"",
                details: [
                    "Set a TOKEN for cloud \(name):", "  kamaki config set cloud.\(name).token <TOKEN>",
                    "or, for an OpenStack cloud, a username and password (or an application credential):",
                    "  kamaki config set cloud.\(name).username <USER>", "  kamaki config set cloud.\(name).password <PASSWORD>",
                ])
        }
        return try fields.cloud(name: name, origin: "kamakirc", serviceURLs: services)
    }
}

/// A configured cloud: from kamakirc, clouds.yaml or the `OS_*` variables.
public struct ConfiguredCloud: Sendable, Equatable {
    public var name: String
    /// The identity URL (Synnefo's, or Keystone's auth URL).
    public var url: String
    public var credentials: IdentityCredentials
    /// The project a Keystone token is scoped to.
    public var scope: ProjectScope?
    public var region: String?
    public var interface: String = "public"
    public var serviceURLs: [String: String]

    /// The configured token (Synnefo's, or Keystone's `token` method); empty with the other methods.
    public var token: String {
        if case .token(let token) = credentials { return token }
        return ""
    }
}
