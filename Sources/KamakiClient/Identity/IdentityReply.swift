import KamakiAPI

/// What an identity service answered: the reply body (without any token) and, for Keystone v3,
/// the token it issued (from `X-Subject-Token`), which service calls then send.
struct IdentityReply: Sendable {
    var access: Access
    /// The issued token; nil: the configured token is the one to send (Synnefo).
    var token: String?
}
