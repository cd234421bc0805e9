import Foundation
import KamakiTestSupport
import Testing

/// The built `kamaki` against the real Keystone v3 and Neutron of `run-openstack.sh`: every way to
/// configure a cloud (kamakirc, clouds.yaml + secure.yaml, `OS_CLOUD`, `--os-cloud`, `OS_*`), every
/// identity method (password, application credential, token), and the errors; secrets never shown.
@Suite(.serialized, .temporaryDirectoriesPerTest, .enabled(if: OpenStackCloud.isEnabled, OpenStackCloud.skipReason))
struct IdentityEndToEndTests {
    /// A fresh HOME and its environment.
    func fresh() throws -> (home: String, environment: [String: String]) {
        let home = try TestScopedDirectories.make(prefix: "kamaki-os")
        return (home, OpenStackKamakiRun.environment(home: home))
    }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A kamakirc with the demo user's password as cloud `name`, optionally with a wrong password or another URL.
    func kamakirc(_ os: OpenStackCredentials, name: String = "os", url: String? = nil, password: String? = nil) -> String {
        """
        [cloud "\(name)"]
        url = \(url ?? os.authURL)
        username = \(os.username)
        password = \(password ?? os.password)
        project_name = \(os.project)
        user_domain_name = Default
        project_domain_name = Default

        """
    }

    /// Asserts a `network list` run listed the demo project's network and the public one.
    func expectNetworks(_ run: OpenStackKamakiRun, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 0, "\(run.err)", sourceLocation: sourceLocation)
        #expect(run.out.contains("demo-net"), "\(run.out)", sourceLocation: sourceLocation)
        #expect(run.out.contains("public"), "\(run.out)", sourceLocation: sourceLocation)
    }

    /// Asserts that no secret reached the output: the password, and no Keystone (Fernet) token.
    func expectNoSecret(_ run: OpenStackKamakiRun, _ secrets: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in secrets {
            #expect(!run.out.contains(secret) && !run.err.contains(secret), "a secret was printed", sourceLocation: sourceLocation)
        }
        #expect(!run.err.contains("gAAAA") && !run.out.contains("gAAAA"), "a token was printed", sourceLocation: sourceLocation)
    }

    @Test func kamakircPasswordListsNetworksAndTheWarmRunUsesTheCachedToken() async throws {
        let os = try await OpenStackCloud.credentials()
        let (home, environment) = try fresh()
        try write(kamakirc(os), to: home + "/.kamakirc")
        let cold = try OpenStackKamakiRun.run(["--cloud", "os", "network", "list", "-vv"], environment: environment)
        expectNetworks(cold)
        #expect(cold.err.contains("POST \(os.authURL)/auth/tokens"))
        expectNoSecret(cold, [os.password])
        let warm = try OpenStackKamakiRun.run(["--cloud", "os", "network", "list", "-v"], environment: environment)
        expectNetworks(warm)
        #expect(!warm.err.contains("/auth/tokens"), "the cached token is used: \(warm.err)")
        let caches = try FileManager.default.contentsOfDirectory(atPath: home + "/.cache/kamaki").filter { $0.hasPrefix("access-") }
        #expect(caches.count == 1)
        for name in caches {
            let path = home + "/.cache/kamaki/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains(os.password))
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        let list = try OpenStackKamakiRun.run(["config", "list"], environment: environment)
        #expect(list.status == 0)
        #expect(list.out.contains("cloud.os.password ..."))
        expectNoSecret(list, [os.password])
        let get = try OpenStackKamakiRun.run(["config", "get", "cloud.os.password"], environment: environment)
        #expect(get.out == "...\n")
    }

    @Test func openrcVariablesMakeTheCloud() async throws {
        let os = try await OpenStackCloud.credentials()
        var (_, environment) = try fresh()
        environment.merge(os.openrc) { $1 }
        let run = try OpenStackKamakiRun.run(["network", "list", "-vv"], environment: environment)
        expectNetworks(run)
        expectNoSecret(run, [os.password])
    }

    @Test func cloudsYAMLWithSecureYAMLByOSCloudAndByOption() async throws {
        let os = try await OpenStackCloud.credentials()
        var (home, environment) = try fresh()
        try write(os.cloudsYAML(name: "devstack", password: false), to: home + "/.config/openstack/clouds.yaml")
        try write("clouds:\n  devstack:\n    auth:\n      password: \(os.password)\n", to: home + "/.config/openstack/secure.yaml")
        expectNetworks(try OpenStackKamakiRun.run(["--os-cloud", "devstack", "network", "list"], environment: environment))
        expectNetworks(try OpenStackKamakiRun.run(["--cloud", "devstack", "network", "list"], environment: environment))
        environment["OS_CLOUD"] = "devstack"
        let run = try OpenStackKamakiRun.run(["network", "list", "-vv"], environment: environment)
        expectNetworks(run)
        expectNoSecret(run, [os.password])
    }

    @Test func cloudsYAMLInTheWorkingFolderComesFirst() async throws {
        let os = try await OpenStackCloud.credentials()
        var (home, environment) = try fresh()
        try write(os.cloudsYAML(name: "here"), to: home + "/work/clouds.yaml")
        try write(os.cloudsYAML(name: "here", password: false), to: home + "/.config/openstack/clouds.yaml")
        environment["OS_CLOUD"] = "here"
        expectNetworks(try OpenStackKamakiRun.run(["network", "list"], environment: environment, directory: home + "/work"))
        let elsewhere = try OpenStackKamakiRun.run(["network", "list"], environment: environment)
        #expect(elsewhere.status != 0)
        #expect(elsewhere.err.contains("No password for cloud \"here\""), "\(elsewhere.err)")
    }

    @Test func applicationCredentialAuthenticates() async throws {
        let os = try await OpenStackCloud.credentials()
        let keystone = try KeystoneAdmin(os)
        let name = "kamaki-test-\(UUID().uuidString.prefix(8))"
        let (id, secret) = try keystone.createApplicationCredential(name: name)
        defer { keystone.deleteApplicationCredential(id) }
        let (home, environment) = try fresh()
        try write(
            "[cloud \"app\"]\nurl = \(os.authURL)\napplication_credential_id = \(id)\napplication_credential_secret = \(secret)\n",
            to: home + "/.kamakirc")
        let run = try OpenStackKamakiRun.run(["network", "list", "-vv"], environment: environment)
        expectNetworks(run)
        expectNoSecret(run, [secret])
        #expect(run.err.contains("application_credential"))
    }

    @Test func keystoneTokenInKamakircIsTriedAsSynnefoThenKeystone() async throws {
        let os = try await OpenStackCloud.credentials()
        let (home, environment) = try fresh()
        try write("[cloud \"tok\"]\nurl = \(os.authURL)\ntoken = \(os.token)\n", to: home + "/.kamakirc")
        let run = try OpenStackKamakiRun.run(["network", "list", "-v"], environment: environment)
        expectNetworks(run)
        #expect(!run.err.contains(os.token))
    }

    @Test func wrongPasswordIsAClearAuthenticationError() async throws {
        let os = try await OpenStackCloud.credentials()
        let (home, environment) = try fresh()
        let wrong = "n0t-the-passw0rd"
        try write(kamakirc(os, password: wrong), to: home + "/.kamakirc")
        let run = try OpenStackKamakiRun.run(["network", "list", "-vv"], environment: environment)
        #expect(run.status != 0)
        #expect(run.err.contains("Keystone refused the password credentials"), "\(run.err)")
        #expect(run.err.contains("requires authentication"), "\(run.err)")
        expectNoSecret(run, [wrong])
    }

    @Test func keystoneV2URLNamesTheV3One() async throws {
        let os = try await OpenStackCloud.credentials()
        let (home, environment) = try fresh()
        let root = String(os.authURL.dropLast(3))
        try write(kamakirc(os, url: root + "/v2.0"), to: home + "/.kamakirc")
        let run = try OpenStackKamakiRun.run(["network", "list"], environment: environment)
        #expect(run.status != 0)
        #expect(run.err.contains("Keystone v2.0 is gone"), "\(run.err)")
        #expect(run.err.contains(root + "/v3"), "\(run.err)")
        expectNoSecret(run, [os.password])
    }

    @Test func unknownCloudNamesAreErrors() async throws {
        let os = try await OpenStackCloud.credentials()
        var (home, environment) = try fresh()
        try write(os.cloudsYAML(name: "devstack"), to: home + "/.config/openstack/clouds.yaml")
        let option = try OpenStackKamakiRun.run(["--os-cloud", "nope", "network", "list"], environment: environment)
        #expect(option.status != 0)
        #expect(option.err.contains("No cloud \"nope\" in \(home)/.config/openstack/clouds.yaml"), "\(option.err)")
        #expect(option.err.contains("devstack"))
        environment["OS_CLOUD"] = "nada"
        let variable = try OpenStackKamakiRun.run(["network", "list"], environment: environment)
        #expect(variable.status != 0)
        #expect(variable.err.contains("No cloud \"nada\" (OS_CLOUD)"), "\(variable.err)")
        let cloud = try OpenStackKamakiRun.run(["--cloud", "nope", "network", "list"], environment: environment)
        #expect(cloud.status != 0)
        #expect(cloud.err.contains("No cloud \"nope\" is configured"), "\(cloud.err)")
    }

    @Test func missingServiceEndpointIsNamed() async throws {
        let os = try await OpenStackCloud.credentials()
        var (home, environment) = try fresh()
        environment["OS_CLOUD"] = "devstack"
        try write(
            os.cloudsYAML(name: "devstack").replacingOccurrences(of: "region_name: \(os.region)", with: "region_name: Atlantis"),
            to: home + "/.config/openstack/clouds.yaml")
        let nowhere = try OpenStackKamakiRun.run(["network", "list"], environment: environment)
        #expect(nowhere.status != 0)
        #expect(nowhere.err.contains("the network service has no endpoint for interface public, region Atlantis"), "\(nowhere.err)")
    }
}

/// Keystone calls a test needs (curl, with the demo user's token): application credentials.
struct KeystoneAdmin {
    let os: OpenStackCredentials
    let userID: String

    init(_ os: OpenStackCredentials) throws {
        self.os = os
        let reply = try Self.curl(["-H", "X-Auth-Token: \(os.token)", "-H", "X-Subject-Token: \(os.token)", os.authURL + "/auth/tokens"])
        guard let token = reply["token"] as? [String: Any], let user = token["user"] as? [String: Any], let id = user["id"] as? String
        else { throw OpenStackCloud.Failure(description: "no user id in the token") }
        self.userID = id
    }

    func createApplicationCredential(name: String) throws -> (id: String, secret: String) {
        let body = "{\"application_credential\": {\"name\": \"\(name)\"}}"
        let reply = try Self.curl([
            "-X", "POST", "-H", "X-Auth-Token: \(os.token)", "-H", "Content-Type: application/json", "--data-binary", body,
            os.authURL + "/users/\(userID)/application_credentials",
        ])
        guard let credential = reply["application_credential"] as? [String: Any], let id = credential["id"] as? String,
            let secret = credential["secret"] as? String
        else { throw OpenStackCloud.Failure(description: "no application credential in \(reply)") }
        return (id, secret)
    }

    func deleteApplicationCredential(_ id: String) {
        _ = try? Self.curl([
            "-X", "DELETE", "-H", "X-Auth-Token: \(os.token)", os.authURL + "/users/\(userID)/application_credentials/\(id)",
        ])
    }

    static func curl(_ arguments: [String]) throws -> [String: Any] {
        let data = Data(try OpenStackCurl.run(arguments).utf8)
        if data.isEmpty { return [:] }
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
