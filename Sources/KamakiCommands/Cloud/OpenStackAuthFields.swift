import KamakiClient

/// The authentication fields OpenStack users already write: a clouds.yaml `auth:` block (with its
/// `region_name`, `interface` and `auth_type`), the `OS_*` variables of an openrc file, or the same
/// keys in a kamakirc `[cloud "NAME"]` section. One reader turns any of them into a cloud.
struct OpenStackAuthFields: Sendable, Equatable {
    var authURL: String?
    var authType: String?
    var token: String?
    var username: String?
    var userID: String?
    var password: String?
    var userDomainName: String?
    var userDomainID: String?
    var projectName: String?
    var projectID: String?
    var projectDomainName: String?
    var projectDomainID: String?
    var applicationCredentialID: String?
    var applicationCredentialSecret: String?
    var regionName: String?
    var interface: String?
    /// A `domain_name` / `domain_id` that stands for both the user's and the project's (openstacksdk's rule).
    var domainName: String?
    var domainID: String?

    /// The field names, as clouds.yaml (`auth:` and the entry itself) and kamakirc spell them.
    static var keys: [(name: String, path: WritableKeyPath<OpenStackAuthFields, String?>)] {
        [
            ("auth_url", \.authURL), ("auth_type", \.authType), ("token", \.token), ("username", \.username),
            ("user_id", \.userID), ("password", \.password), ("user_domain_name", \.userDomainName),
            ("user_domain_id", \.userDomainID), ("project_name", \.projectName), ("project_id", \.projectID),
            ("project_domain_name", \.projectDomainName), ("project_domain_id", \.projectDomainID),
            ("application_credential_id", \.applicationCredentialID), ("application_credential_secret", \.applicationCredentialSecret),
            ("region_name", \.regionName), ("interface", \.interface), ("domain_name", \.domainName), ("domain_id", \.domainID),
            // openstacksdk's older spellings.
            ("tenant_name", \.projectName), ("tenant_id", \.projectID),
        ]
    }

    /// Fields from `name → value` pairs; empty values count as unset.
    init(_ values: (String) -> String?) {
        for (name, path) in Self.keys where self[keyPath: path] == nil {
            if let value = values(name), !value.isEmpty { self[keyPath: path] = value }
        }
    }

    /// The cloud these fields describe; `origin` says where they came from, for the errors.
    func cloud(name: String, origin: String, serviceURLs: [String: String] = [:]) throws -> ConfiguredCloud {
        guard let authURL else {
            throw CommandError("No authentication URL for cloud \"\(name)\" (\(origin))", details: ["Set auth_url (kamakirc: url)."])
        }
        let credentials = try self.credentials(name: name, origin: origin)
        let scope = ProjectScope(
            projectName: projectName, projectID: projectID, projectDomainName: projectDomainName ?? domainName,
            projectDomainID: projectDomainID ?? domainID)
        if let interface, !["public", "internal", "admin"].contains(interface.lowercased()) {
            throw CommandError(
                "Invalid interface \"\(interface)\" for cloud \"\(name)\" (\(origin))", details: ["Use public, internal or admin."])
        }
        return ConfiguredCloud(
            name: name, url: authURL, credentials: credentials, scope: scope.isEmpty ? nil : scope, region: regionName,
            interface: interface?.lowercased() ?? "public", serviceURLs: serviceURLs)
    }

    /// The identity method: `auth_type` when given (`password`, `v3password`, `token`, `v3token`,
    /// `v3applicationcredential`), else whichever the fields hold: an application credential, a
    /// password, a token.
    private func credentials(name: String, origin: String) throws -> IdentityCredentials {
        let type = authType?.lowercased()
        let known = ["password", "v3password", "token", "v3token", "v3applicationcredential", "applicationcredential"]
        if let type, !known.contains(type) {
            throw CommandError(
                "Unsupported auth_type \"\(authType ?? "")\" for cloud \"\(name)\" (\(origin))",
                details: ["kamaki supports password, token and v3applicationcredential."])
        }
        if type?.hasSuffix("applicationcredential") ?? (applicationCredentialID != nil) {
            guard let id = applicationCredentialID, let secret = applicationCredentialSecret else {
                throw CommandError(
                    "Cloud \"\(name)\" (\(origin)) needs both application_credential_id and application_credential_secret")
            }
            return .applicationCredential(id: id, secret: secret)
        }
        if type?.hasSuffix("password") ?? (password != nil || (token == nil && (username != nil || userID != nil))) {
            guard let password else {
                throw CommandError("No password for cloud \"\(name)\" (\(origin))", details: ["Set password (secure.yaml, OS_PASSWORD)."])
            }
            guard username != nil || userID != nil else {
                throw CommandError("No username for cloud \"\(name)\" (\(origin))", details: ["Set username or user_id."])
            }
            return .password(
                PasswordCredentials(
                    username: username, userID: userID, password: password, userDomainName: userDomainName ?? domainName,
                    userDomainID: userDomainID ?? domainID))
        }
        guard let token else {
            throw CommandError(
                "No credentials for cloud \"\(name)\" (\(origin))",
                details: ["Set a token, a username and password, or an application credential id and secret."])
        }
        return .token(token)
    }
}
