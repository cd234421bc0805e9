import Foundation
import KamakiTestSupport
import Testing

@testable import KamakiCommands

/// The one list of cloud names a user can pick (`use cloud`, `--cloud`, `--os-cloud`, the
/// "no such cloud" error): kamakirc's, clouds.yaml's from the files a run would read, `local`.
@Suite("Cloud names")
struct CloudNamesTests {
    /// An environment in `home` whose ~/.config/openstack/clouds.yaml holds `yaml`, and no system file.
    func environment(_ home: String, yaml: String, _ variables: [String: String] = [:]) throws -> RunEnvironment {
        try FileManager.default.createDirectory(atPath: home + "/.config/openstack", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: home + "/work", withIntermediateDirectories: true)
        try yaml.write(toFile: home + "/.config/openstack/clouds.yaml", atomically: true, encoding: .utf8)
        let all = ["KAMAKI_OPENSTACK_SYSTEM_CONFIG": home + "/etc"].merging(variables) { $1 }
        return RunEnvironment(variables: all, homeDirectory: home, workingDirectory: home + "/work")
    }

    func kamakirc(_ text: String) throws -> ConfigFile {
        var config = ConfigFile(path: "/dev/null")
        try config.parse(text)
        return config
    }

    static let yaml = "clouds:\n  zeta:\n    auth: {auth_url: http://k/v3}\n  devstack:\n    auth: {auth_url: http://k/v3}\n"
    static let rc = "[cloud \"prod\"]\nurl = http://s/identity/v2.0\n[cloud \"devstack\"]\nurl = http://s/identity/v2.0\n"

    @Test func kamakircInFileOrderThenCloudsYAMLSortedEachOnceThenLocal() async throws {
        try await withTemporaryDirectory { home in
            let environment = try environment(home, yaml: Self.yaml)
            let rc = try kamakirc(Self.rc)
            #expect(CloudNames.list(config: rc, environment: environment, local: true) == ["prod", "devstack", "zeta", "local"])
            #expect(CloudNames.list(config: rc, environment: environment, local: false) == ["prod", "devstack", "zeta"])
            #expect(CloudNames.list(.openStack, config: rc, environment: environment, local: true) == ["devstack", "zeta"])
            #expect(CloudNames.list(config: nil, environment: environment, local: true) == ["devstack", "zeta", "local"])
            let withLocal = try kamakirc("[cloud \"local\"]\nurl = http://s/identity/v2.0\n")
            #expect(CloudNames.list(config: withLocal, environment: environment, local: true) == ["local", "devstack", "zeta"])
        }
    }

    @Test func theCloudsYAMLIsTheOneARunReads() async throws {
        try await withTemporaryDirectory { home in
            // OS_CLIENT_CONFIG_FILE (relative to the run's folder) wins over ~/.config/openstack.
            var environment = try environment(home, yaml: Self.yaml, ["OS_CLIENT_CONFIG_FILE": "mine.yaml"])
            try "clouds:\n  mine:\n    auth: {auth_url: http://k/v3}\n".write(
                toFile: home + "/work/mine.yaml", atomically: true, encoding: .utf8)
            #expect(CloudNames.list(.openStack, config: nil, environment: environment, local: false) == ["mine"])
            // ./clouds.yaml wins over ~/.config/openstack.
            environment.variables["OS_CLIENT_CONFIG_FILE"] = nil
            try "clouds:\n  here:\n    auth: {auth_url: http://k/v3}\n".write(
                toFile: home + "/work/clouds.yaml", atomically: true, encoding: .utf8)
            #expect(CloudNames.list(.openStack, config: nil, environment: environment, local: false) == ["here"])
            // A clouds.yaml that is not YAML adds no names (picking a cloud reports its error).
            try "clouds: [\n".write(toFile: home + "/work/clouds.yaml", atomically: true, encoding: .utf8)
            #expect(CloudNames.list(config: try kamakirc(Self.rc), environment: environment, local: true) == ["prod", "devstack", "local"])
        }
    }

    static let hostile = ["$(touch x)", "`id`", "a;b", "two words", "-rf", "bell\u{7}", "esc\u{1B}[2J", "line\nbreak", "..", ""]

    @Test func aNameWithShellSyntaxOrControlCharactersIsNeverOffered() async throws {
        try await withTemporaryDirectory { home in
            let quoted = Self.hostile.map {
                "  \""
                    + $0.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\u{7}", with: "\\a")
                    .replacingOccurrences(of: "\u{1B}", with: "\\e") + "\": {auth: {auth_url: http://k/v3}}"
            }
            let yaml = "clouds:\n" + quoted.joined(separator: "\n") + "\n  ok.lab_1-b: {auth: {auth_url: http://k/v3}}\n"
            let environment = try environment(home, yaml: yaml)
            let all = CloudNames.list(config: nil, environment: environment, local: true)
            #expect(Set(all) == Set(Self.hostile + ["ok.lab_1-b", "local"]), "every name is listed (the error shows them escaped)")
            #expect(CloudNames.offerable(all) == ["ok.lab_1-b", "local"])
        }
    }

    @Test func theUnknownCloudErrorListsTheKnownOnesEscaped() async throws {
        try await withTemporaryDirectory { home in
            let yaml = Self.yaml + "  \"bell\\a\": {auth: {auth_url: http://k/v3}}\n"
            let environment = try environment(home, yaml: yaml)
            let error = #expect(throws: CommandError.self) {
                try CloudTarget.resolve(config: try kamakirc(Self.rc), cloudOption: "nope", environment: environment)
            }
            #expect(error?.details.first == "The clouds: prod, devstack, bell\\x07, zeta, local")
        }
    }
}
