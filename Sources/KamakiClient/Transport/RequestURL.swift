import Foundation

/// Checks a request URL before it reaches the HTTP client, which traps on some malformed ones
/// (a port above 65535) and names others only by its own error cases (`unsupportedScheme`).
enum RequestURL {
    /// What is wrong with `url`, in words; nil when it can be sent.
    static func problem(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            return "not a URL"
        }
        guard scheme == "http" || scheme == "https" else {
            return "unsupported scheme '\(scheme)' (use http or https)"
        }
        guard let host = components.host, !host.isEmpty else { return "no host" }
        if let port = components.port, !(1...65535).contains(port) {
            return "port \(port) is out of range (1-65535)"
        }
        return nil
    }
}
