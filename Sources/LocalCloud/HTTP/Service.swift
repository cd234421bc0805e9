/// The API a path belongs to; it decides how a bad token is reported.
enum Service: Sendable {
    case identity, account, compute, network, image

    /// The service whose prefix starts `firstSegment`, if any.
    init?(prefix firstSegment: Substring) {
        switch firstSegment {
        case "identity": self = .identity
        case "account": self = .account
        case "compute": self = .compute
        case "network": self = .network
        case "image": self = .image
        default: return nil
        }
    }
}
