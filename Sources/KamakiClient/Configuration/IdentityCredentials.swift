/// How a client proves who it is to the identity service.
///
/// A ``token(_:)`` may belong to a Synnefo (Astakos) cloud or to a Keystone v3 one: the identity
/// service's reply decides (``CloudClient/dialect()``). The other methods are Keystone v3's.
public enum IdentityCredentials: Sendable, Equatable {
    /// A token: Synnefo's `POST /tokens`, else Keystone v3's `token` method.
    case token(String)
    /// Keystone v3's `password` method.
    case password(PasswordCredentials)
    /// Keystone v3's `application_credential` method (the credential carries its own project).
    case applicationCredential(id: String, secret: String)

    /// The method's name as Keystone spells it, for cache keys and messages.
    public var method: String {
        switch self {
        case .token: "token"
        case .password: "password"
        case .applicationCredential: "application_credential"
        }
    }

    /// The texts no log, error or cache file may hold: the password, the secret, the token.
    public var secrets: [String] {
        switch self {
        case .token(let token): [token]
        case .password(let password): [password.password]
        case .applicationCredential(_, let secret): [secret]
        }
    }
}

/// A Keystone user and password: the user by id, or by name in a domain (`Default` when none is given).
public struct PasswordCredentials: Sendable, Equatable {
    public var username: String?
    public var userID: String?
    public var password: String
    public var userDomainName: String?
    public var userDomainID: String?

    public init(
        username: String? = nil, userID: String? = nil, password: String, userDomainName: String? = nil, userDomainID: String? = nil
    ) {
        self.username = username
        self.userID = userID
        self.password = password
        self.userDomainName = userDomainName
        self.userDomainID = userDomainID
    }
}

/// The project a Keystone token is scoped to: by id, or by name in a domain (`Default` when none is given).
public struct ProjectScope: Sendable, Equatable {
    public var projectName: String?
    public var projectID: String?
    public var projectDomainName: String?
    public var projectDomainID: String?

    public init(projectName: String? = nil, projectID: String? = nil, projectDomainName: String? = nil, projectDomainID: String? = nil) {
        self.projectName = projectName
        self.projectID = projectID
        self.projectDomainName = projectDomainName
        self.projectDomainID = projectDomainID
    }

    /// Whether it names a project at all.
    public var isEmpty: Bool { projectName == nil && projectID == nil }
}
