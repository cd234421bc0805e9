import KamakiAPI

/// Canned Synnefo replies for a ``FaultServer`` that plays a whole cloud at one address.
public enum FaultCloudReplies {
    /// A `POST /identity/v2.0/tokens` reply whose catalog points at `baseURL`: account (v1.0),
    /// identity, compute (`/compute/v2.0`) and network (`/network`, unversioned, as Synnefo publishes it).
    /// The token is echoed in `access.token.id`, as Astakos does.
    /// `networkURL` moves the network service elsewhere.
    public static func access(
        baseURL: String, token: String, userID: String = "s0m3-u53r-1d", networkURL: String? = nil
    ) -> String {
        func service(_ name: String, _ type: String, _ version: String, _ url: String) -> JSON {
            .object(
                JSONObject([
                    ("name", .string(name)), ("type", .string(type)),
                    (
                        "endpoints",
                        .array([
                            .object(
                                JSONObject([
                                    ("versionId", .string(version)), ("publicURL", .string(url)),
                                    ("SNF:uiURL", .string(baseURL + "/ui")), ("region", "default"),
                                ]))
                        ])
                    ),
                    ("endpoints_links", .array([])),
                ]))
        }
        let access = JSON.object(
            JSONObject([
                (
                    "access",
                    .object(
                        JSONObject([
                            (
                                "token",
                                .object(
                                    JSONObject([
                                        ("id", .string(token)), ("expires", "2030-01-01T00:00:00+00:00"),
                                        ("tenant", .object(JSONObject([("id", .string(userID)), ("name", "Tutorial User")]))),
                                    ]))
                            ),
                            (
                                "user",
                                .object(
                                    JSONObject([
                                        ("id", .string(userID)), ("name", "Tutorial User"), ("roles", .array([])),
                                        ("roles_links", .array([])), ("projects", .array([.string(userID)])),
                                    ]))
                            ),
                            (
                                "serviceCatalog",
                                .array([
                                    service("astakos_account", "account", "v1.0", baseURL + "/account/v1.0"),
                                    service("astakos_identity", "identity", "v2.0", baseURL + "/identity/v2.0"),
                                    service("cyclades_compute", "compute", "v2.0", baseURL + "/compute/v2.0"),
                                    service("cyclades_network", "network", "v2.0", networkURL ?? baseURL + "/network"),
                                ])
                            ),
                        ]))
                )
            ]))
        return access.serialized()
    }

    /// `{"networks": [...]}` with one public network.
    public static let networks =
        #"{"networks": [{"id": "1", "name": "public_network", "status": "ACTIVE", "public": true, "zeta": 1, "alpha": 2}]}"#

    /// `{"port": {...}}` in `status`.
    public static func port(_ id: String, status: String) -> String {
        #"{"port": {"id": "\#(id)", "network_id": "2", "device_id": "141", "status": "\#(status)"}}"#
    }

    /// The Cyclades fault for a bad token.
    public static let unauthorized =
        #"{"unauthorized": {"code": 401, "message": "Invalid token", "details": ""}}"#
}
