import Foundation
import Testing

/// The real OpenStack (Keystone v3, Neutron, Nova) of `run-openstack.sh`, for end-to-end tests:
/// started once per test process (`start` is idempotent: 0.3 s when it is up, minutes the first
/// time), its `key: value` lines parsed into ``OpenStackCredentials``.
///
/// The tool is `$KAMAKI_OPENSTACK_TOOL`, else `<repo>/../shared/tools/openstack/run-openstack.sh`.
/// Suites use ``isEnabled`` in `.enabled(if:)`: without the tool they are skipped with ``skipReason``,
/// except when `CI` is set, where they run and fail (CI must prove the OpenStack path).
public enum OpenStackCloud {
    /// The package root, from this file's path.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The tool's path.
    public static var toolPath: String {
        if let path = ProcessInfo.processInfo.environment["KAMAKI_OPENSTACK_TOOL"], !path.isEmpty { return path }
        return (packageRoot as NSString).deletingLastPathComponent + "/shared/tools/openstack/run-openstack.sh"
    }

    /// Whether the suites run: the tool exists, or this is CI (where a missing tool is a failure, not a skip).
    public static var isEnabled: Bool {
        FileManager.default.isExecutableFile(atPath: toolPath) || ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } == true
    }

    /// Why the suites are skipped.
    public static var skipReason: Comment {
        "OpenStack tests skipped: \(toolPath) is not there (set KAMAKI_OPENSTACK_TOOL to run-openstack.sh; in CI they must run)"
    }

    private static let started = Task { try start() }

    /// The credentials of the running cloud, starting it on first use.
    public static func credentials() async throws -> OpenStackCredentials {
        try await started.value
    }

    private static func start() throws -> OpenStackCredentials {
        guard FileManager.default.isExecutableFile(atPath: toolPath) else {
            throw Failure(description: "run-openstack.sh is not at \(toolPath): the OpenStack suites cannot run")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: toolPath)
        process.arguments = ["start"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(toolPath) start exited with \(process.terminationStatus); see its log folder")
        }
        var values: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            values[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return try OpenStackCredentials(values)
    }

    /// The cloud could not be used.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }
}

/// What `run-openstack.sh start` prints: the demo user's credentials and token, the other users', the endpoints.
public struct OpenStackCredentials: Sendable {
    public var values: [String: String]
    public var authURL: String
    public var region: String
    public var username: String
    public var password: String
    public var project: String
    public var altUsername: String
    public var altPassword: String
    public var altProject: String
    public var networkURL: String
    public var token: String

    init(_ values: [String: String]) throws {
        func value(_ key: String) throws -> String {
            guard let value = values[key], !value.isEmpty else {
                throw OpenStackCloud.Failure(description: "run-openstack.sh start printed no \(key)")
            }
            return value
        }
        self.values = values
        authURL = try value("auth_url")
        region = try value("region")
        username = try value("username")
        password = try value("password")
        project = try value("project")
        altUsername = try value("alt_username")
        altPassword = try value("alt_password")
        altProject = try value("alt_project")
        networkURL = try value("network_url")
        token = try value("token")
    }

    /// A clouds.yaml entry for the demo user, or the alt_demo user in their own project with `alt` (the
    /// password left out when `password` is false: secure.yaml's job).
    public func cloudsYAML(name: String, password withPassword: Bool = true, alt: Bool = false) -> String {
        """
        clouds:
          \(name):
            auth:
              auth_url: \(authURL)
              username: \(alt ? altUsername : username)
        \(withPassword ? "      password: \(alt ? altPassword : password)\n" : "")\
              project_name: \(alt ? altProject : project)
              user_domain_name: Default
              project_domain_name: Default
            region_name: \(region)
            interface: public

        """
    }

    /// The `OS_*` variables of an openrc file for the demo user.
    public var openrc: [String: String] {
        [
            "OS_AUTH_URL": authURL, "OS_USERNAME": username, "OS_PASSWORD": password, "OS_PROJECT_NAME": project,
            "OS_USER_DOMAIN_NAME": "Default", "OS_PROJECT_DOMAIN_NAME": "Default", "OS_REGION_NAME": region,
        ]
    }
}
