import Foundation
import KamakiAPI
import KamakiTestSupport

/// The services suites' view of `run-openstack.sh`'s cloud (``OpenStackCloud``): the built `kamaki`
/// configured for a user of it (``OpenStackKamakiRun``), and plain HTTP (curl) with a token, to check what
/// kamaki did by asking Neutron and Nova directly.
struct OpenStackServices: Sendable {
    let os: OpenStackCredentials
    /// kamaki's environment: a fresh HOME whose kamakirc has the demo user's password as cloud `os`.
    let environment: [String: String]
    /// The demo user's project-scoped token.
    var token: String { os.token }

    /// The services, with kamaki configured as the demo user, or as alt_demo with `alternate`.
    static func start(alternate: Bool = false) async throws -> OpenStackServices {
        var os = try await OpenStackCloud.credentials()
        if alternate { (os.username, os.password, os.project) = (os.altUsername, os.altPassword, os.altProject) }
        let home = try TestScopedDirectories.make(prefix: "kamaki-os-services")
        let config = """
            [global]
            default_cloud = os

            [cloud "os"]
            url = \(os.authURL)
            username = \(os.username)
            password = \(os.password)
            project_name = \(os.project)
            user_domain_name = Default
            project_domain_name = Default

            """
        try config.write(toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
        return OpenStackServices(os: os, environment: OpenStackKamakiRun.environment(home: home))
    }

    var network: String { os.networkURL + "/v2.0" }
    var compute: String { os.values["compute_url"] ?? "" }

    /// Runs the built `kamaki` as the demo user.
    func kamaki(_ arguments: String...) throws -> OpenStackKamakiRun {
        try OpenStackKamakiRun.run(arguments, environment: environment)
    }

    /// Runs `kamaki ARGUMENTS --output-format json` and reads its output.
    func json(_ arguments: String...) throws -> JSON {
        let run = try OpenStackKamakiRun.run(arguments + ["--output-format", "json"], environment: environment)
        guard run.status == 0 else { throw OpenStackCloud.Failure(description: "kamaki \(arguments): \(run.status) \(run.err)") }
        return try JSON.parse(run.out)
    }

    /// A project-scoped token of `user` (Keystone v3 password auth), from the `X-Subject-Token` header.
    func token(user: String, password: String, project: String) throws -> String {
        let body = """
            {"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "\(user)", "domain": {"name": "Default"}, \
            "password": "\(password)"}}}, "scope": {"project": {"name": "\(project)", "domain": {"name": "Default"}}}}}
            """
        let headers = try OpenStackCurl.run([
            "-D", "-", "-o", "/dev/null", "-H", "Content-Type: application/json", "-d", body, os.authURL + "/auth/tokens",
        ])
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("x-subject-token:") {
            return line.dropFirst("x-subject-token:".count).trimmingCharacters(in: .whitespaces)
        }
        throw OpenStackCloud.Failure(description: "no token for \(user)")
    }

    /// One request with `token` (the demo user's by default): the status and the JSON body (nil when empty).
    func http(_ method: String, _ url: String, token: String? = nil, body: String? = nil) throws -> (status: Int, json: JSON?) {
        var arguments = ["-X", method, "-H", "X-Auth-Token: " + (token ?? self.token), "-w", "\n%{http_code}"]
        if url.hasPrefix(compute) { arguments += ["-H", "OpenStack-API-Version: compute 2.46"] }
        if let body { arguments += ["-H", "Content-Type: application/json", "-d", body] }
        let parts = try OpenStackCurl.run(arguments + [url]).split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(parts.last ?? "") ?? 0, try? JSON.parse(parts.dropLast().joined(separator: "\n")))
    }
}
