import Foundation
import KamakiClient
import KamakiTestSupport
import Testing

@testable import KamakiCommands

/// Which cloud a run uses when kamakirc, clouds.yaml (+ secure.yaml) and `OS_*` variables all
/// offer one (README, "Using kamaki with an OpenStack cloud"), and the errors of each source.
@Suite("Cloud target: OpenStack sources and precedence")
struct CloudTargetOpenStackTests {
    static let yaml = """
        clouds:
          devstack:
            auth:
              auth_url: http://keystone/v3
              username: yaml-user
              project_name: demo
            region_name: RegionOne
          lab:
            auth:
              auth_url: http://keystone/v3
              application_credential_id: app-id
              application_credential_secret: app-5ecret
        """

    /// An environment in `home` with clouds.yaml and a secure.yaml holding devstack's password.
    func environment(_ home: String, _ variables: [String: String] = [:]) throws -> RunEnvironment {
        try FileManager.default.createDirectory(atPath: home + "/.config/openstack", withIntermediateDirectories: true)
        try Self.yaml.write(toFile: home + "/.config/openstack/clouds.yaml", atomically: true, encoding: .utf8)
        try "clouds:\n  devstack:\n    auth:\n      password: s3cret\n".write(
            toFile: home + "/.config/openstack/secure.yaml", atomically: true, encoding: .utf8)
        var all = ["KAMAKI_OPENSTACK_SYSTEM_CONFIG": home + "/etc"]
        all.merge(variables) { $1 }
        return RunEnvironment(variables: all, homeDirectory: home, workingDirectory: home + "/nowhere")
    }

    func kamakirc(_ text: String) throws -> ConfigFile {
        var config = ConfigFile(path: "/dev/null")
        try config.parse(text)
        return config
    }

    static let openrc = ["OS_AUTH_URL": "http://env/v3", "OS_USERNAME": "env-user", "OS_PASSWORD": "env-pw", "OS_PROJECT_ID": "p1"]

    @Test func secureYAMLIsMergedAndTheMethodFollowsTheFields() async throws {
        try await withTemporaryDirectory { home in
            let environment = try environment(home)
            let devstack = try CloudTarget.resolve(
                config: ConfigFile(path: "/dev/null"), cloudOption: nil, osCloudOption: "devstack", environment: environment)
            guard case .configured(let cloud) = devstack else {
                Issue.record("not configured")
                return
            }
            #expect(cloud.credentials == .password(PasswordCredentials(username: "yaml-user", password: "s3cret")))
            #expect(cloud.scope == ProjectScope(projectName: "demo"))
            #expect(cloud.region == "RegionOne")
            #expect(devstack.promptName == "devstack/demo")
            let lab = try CloudTarget.resolve(config: ConfigFile(path: "/dev/null"), cloudOption: "lab", environment: environment)
            #expect(
                lab
                    == .configured(
                        ConfiguredCloud(
                            name: "lab", url: "http://keystone/v3", credentials: .applicationCredential(id: "app-id", secret: "app-5ecret"),
                            serviceURLs: [:])))
        }
    }

    @Test func precedence() async throws {
        try await withTemporaryDirectory { home in
            let rc = try kamakirc("[cloud \"devstack\"]\nurl = http://synnefo/identity/v2.0\ntoken = t0k\n")
            var variables = Self.openrc
            variables["OS_CLOUD"] = "lab"
            let environment = try environment(home, variables)
            // --os-cloud: clouds.yaml even when kamakirc has that name.
            #expect(
                try CloudTarget.resolve(config: rc, cloudOption: "x", osCloudOption: "devstack", environment: environment).url
                    == "http://keystone/v3")
            // --cloud: kamakirc first.
            #expect(
                try CloudTarget.resolve(config: rc, cloudOption: "devstack", environment: environment).url == "http://synnefo/identity/v2.0"
            )
            // OS_CLOUD over kamakirc's default and over OS_*.
            #expect(try CloudTarget.resolve(config: rc, cloudOption: nil, environment: environment).name == "lab")
            // Without OS_CLOUD: kamakirc's only cloud over the OS_* variables.
            variables["OS_CLOUD"] = nil
            #expect(
                try CloudTarget.resolve(config: rc, cloudOption: nil, environment: self.environment(home, variables)).name == "devstack")
            // Without a kamakirc cloud: the OS_* variables, as envvars.
            let env = try CloudTarget.resolve(
                config: ConfigFile(path: "/dev/null"), cloudOption: nil, environment: self.environment(home, variables))
            #expect(env.name == "envvars")
            #expect(env.url == "http://env/v3")
            // Nothing at all: the embedded cloud.
            #expect(
                try CloudTarget.resolve(config: ConfigFile(path: "/dev/null"), cloudOption: nil, environment: self.environment(home))
                    == .embedded)
        }
    }

    @Test(arguments: [
        (
            "clouds:\n  c:\n    auth:\n      auth_url: http://k/v3\n      application_credential_id: i\n",
            "needs both application_credential_id and application_credential_secret"
        ),
        (
            "clouds:\n  c:\n    auth_type: v3oidcpassword\n    auth:\n      auth_url: http://k/v3\n",
            "Unsupported auth_type \"v3oidcpassword\""
        ),
        ("clouds:\n  c:\n    auth:\n      username: u\n      password: p\n", "No authentication URL for cloud \"c\""),
        ("clouds:\n  c:\n    auth:\n      auth_url: http://k/v3\n", "No credentials for cloud \"c\""),
        ("clouds:\n  c:\n    auth:\n      auth_url: http://k/v3\n      password: hunter22\n", "No username for cloud \"c\""),
        ("clouds:\n  c: [password: hunter22\n", "is not valid YAML"),
    ])
    func badEntriesAreClearErrorsWithoutTheirSecrets(yaml: String, expected: String) async throws {
        try await withTemporaryDirectory { home in
            try yaml.write(toFile: home + "/clouds.yaml", atomically: true, encoding: .utf8)
            let environment = RunEnvironment(
                variables: ["OS_CLIENT_CONFIG_FILE": home + "/clouds.yaml", "KAMAKI_OPENSTACK_SYSTEM_CONFIG": home + "/etc"],
                homeDirectory: home)
            do {
                _ = try CloudTarget.resolve(
                    config: ConfigFile(path: "/dev/null"), cloudOption: nil, osCloudOption: "c", environment: environment)
                Issue.record("expected an error")
            } catch let error as CommandError {
                let text = ([error.message] + error.details).joined(separator: "\n")
                #expect(text.contains(expected), "\(text)")
                #expect(!text.contains("hunter22"))
            }
        }
    }
}

extension CloudTarget {
    var url: String? {
        if case .configured(let cloud) = self { return cloud.url }
        return nil
    }
}
