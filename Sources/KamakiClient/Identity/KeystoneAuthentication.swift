import KamakiAPI

/// Keystone v3's `POST {auth_url}/auth/tokens`: the body for each method, the token from the
/// `X-Subject-Token` header, the token body as the identity reply, and plain errors for a wrong
/// password, a Keystone v2 URL and an unscoped token.
enum KeystoneAuthentication {
    /// The v3 base of an auth URL: without a trailing `/`, with `/v3` added when it names no version.
    static func baseURL(_ url: String) -> String {
        var url = Substring(url)
        while url.hasSuffix("/") { url = url.dropLast() }
        return ServiceCatalog.hasVersionSuffix(url) ? String(url) : url + "/v3"
    }

    /// The `{"auth": {"identity": …, "scope": …}}` body.
    static func body(_ credentials: IdentityCredentials, scope: ProjectScope?) -> JSON {
        var identity = JSONObject([("methods", .array([.string(credentials.method)]))])
        switch credentials {
        case .token(let token):
            identity["token"] = .object(JSONObject([("id", .string(token))]))
        case .password(let password):
            var user = JSONObject()
            if let id = password.userID { user["id"] = .string(id) }
            if let name = password.username {
                user["name"] = .string(name)
                user["domain"] = domain(id: password.userDomainID, name: password.userDomainName)
            }
            user["password"] = .string(password.password)
            identity["password"] = .object(JSONObject([("user", .object(user))]))
        case .applicationCredential(let id, let secret):
            identity["application_credential"] = .object(JSONObject([("id", .string(id)), ("secret", .string(secret))]))
        }
        var auth = JSONObject([("identity", .object(identity))])
        // An application credential is bound to its project: Keystone refuses a scope with it.
        if let scope, !scope.isEmpty, credentials.method != "application_credential" {
            var project = JSONObject()
            if let id = scope.projectID {
                project["id"] = .string(id)
            } else if let name = scope.projectName {
                project["name"] = .string(name)
                project["domain"] = domain(id: scope.projectDomainID, name: scope.projectDomainName)
            }
            auth["scope"] = .object(JSONObject([("project", .object(project))]))
        }
        return .object(JSONObject([("auth", .object(auth))]))
    }

    private static func domain(id: String?, name: String?) -> JSON {
        if let id { return .object(JSONObject([("id", .string(id))])) }
        return .object(JSONObject([("name", .string(name ?? "Default"))]))
    }

    /// Authenticates at `baseURL` (``baseURL(_:)``): the token body (it never holds the token) and the token.
    static func requestToken(
        transport: HTTPTransport, baseURL: String, credentials: IdentityCredentials, scope: ProjectScope?
    ) async throws -> IdentityReply {
        let url = baseURL + "/auth/tokens"
        let request = TransportRequest(method: "POST", url: url, body: body(credentials, scope: scope).serializedBytes())
        let response = try await transport.send(request)
        switch response.status {
        case 200, 201:
            let json = try ResponseDecoder.parse(response, request: request, redact: transport.log.redact)
            guard let raw = json?["token"]?.objectValue else {
                throw ClientError(.invalidResponse("the Keystone reply has no 'token' object"), method: "POST", url: url)
            }
            guard let token = response.headers.first(where: { $0.name.lowercased() == "x-subject-token" })?.value, !token.isEmpty
            else {
                throw ClientError(.invalidResponse("the Keystone reply has no X-Subject-Token header"), method: "POST", url: url)
            }
            let access = Access(raw: raw)
            guard access.hasCatalog else {
                throw ClientError(
                    .configuration(
                        "Keystone at \(baseURL) gave an unscoped token (no service catalog): name a project "
                            + "(project_name or project_id, OS_PROJECT_NAME or OS_PROJECT_ID)"))
            }
            return IdentityReply(access: access, token: token)
        case 401:
            let fault = ResponseDecoder.fault(response)
            let said = fault.map { $0.message.isEmpty ? $0.name : $0.message } ?? "the credentials were refused"
            throw ClientError(
                .authentication(transport.log.redact("Keystone refused the \(credentials.method) credentials: \(said)")),
                method: "POST", url: url)
        case 404:
            throw await notKeystoneV3(transport: transport, baseURL: baseURL, request: request, response: response)
        default:
            throw ResponseDecoder.httpError(response, request: request, redact: transport.log.redact)
        }
    }

    /// The error for a 404 from `/auth/tokens`: when the server's versions document (at the URL
    /// without its version) lists a v3, a configuration error naming the URL to use instead (a
    /// Keystone v2.0 URL, say); else the 404 itself.
    static func notKeystoneV3(
        transport: HTTPTransport, baseURL: String, request: TransportRequest, response: TransportResponse
    ) async -> ClientError {
        var root = Substring(baseURL)
        if ServiceCatalog.hasVersionSuffix(root), let slash = root.lastIndex(of: "/") { root = root[..<slash] }
        let versions = try? await transport.send(TransportRequest(method: "GET", url: String(root) + "/"))
        let document = versions.flatMap { $0.status < 400 ? try? JSON.parse($0.body) : nil }
        let values = document?["versions"]?["values"]?.arrayValue ?? document?["versions"]?.arrayValue ?? []
        guard let v3 = values.first(where: { $0["id"]?.stringValue?.hasPrefix("v3") == true }) else {
            return ResponseDecoder.httpError(response, request: request, redact: transport.log.redact)
        }
        let link = v3["links"]?.arrayValue?.first { $0["rel"]?.stringValue == "self" }?["href"]?.stringValue
        var message = "\(baseURL) is not a Keystone v3 identity URL (POST \(request.url): 404)"
        if baseURL.hasSuffix("/v2.0") { message += "; Keystone v2.0 is gone" }
        message += "; this server speaks Keystone v3 at \(link ?? String(root) + "/v3"): use that as the auth URL"
        return ClientError(.configuration(transport.log.redact(message)))
    }
}
