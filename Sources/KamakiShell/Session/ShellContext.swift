import KamakiCommands

/// The shell's context: the cloud, the group the user entered, and the selections (kept in the
/// ``SessionState`` that commands read). It makes the prompt: `[local ip server:142]: `.
final class ShellContext {
    /// The name of the cloud commands use, when one can be used (``SessionCloud``).
    var cloud: String?
    /// The entered group, or nil at the top.
    var group: String?
    let session: SessionState

    init(cloud: String?, session: SessionState = SessionState()) {
        self.cloud = cloud
        self.session = session
    }

    /// The prompt, kept short.
    var prompt: String {
        var parts = [cloud ?? "kamaki"]
        if let group { parts.append(group) }
        if let network = session.network { parts.append("network:" + Self.short(network)) }
        if let server = session.server { parts.append("server:" + Self.short(server)) }
        return "[" + parts.joined(separator: " ") + "]: "
    }

    /// The `context` built-in's lines.
    var description: String {
        """
        cloud:   \(cloud ?? "(none)")
        group:   \(group ?? "(top)")
        network: \(session.network ?? "(none)")
        server:  \(session.server ?? "(none)")

        """
    }

    /// Long ids (uuids) shortened for the prompt.
    static func short(_ id: String) -> String {
        id.count > 12 ? String(id.prefix(8)) + "…" : id
    }
}
