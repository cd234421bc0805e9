import KamakiAPI
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
    var prompt: String { prompt(coloured: false) }

    /// The prompt, its cloud and its context (group, selections) in their colours when `coloured`
    /// (``Colour``); names and ids are escaped for the terminal first.
    func prompt(coloured: Bool) -> String {
        var context: [String] = []
        if let group { context.append(group) }
        if let network = session.network { context.append("network:" + Self.short(network)) }
        if let server = session.server { context.append("server:" + Self.short(server)) }
        let cloudText = TerminalText.escaped(cloud ?? "kamaki")
        let contextText = TerminalText.escaped(context.joined(separator: " "))
        guard coloured else { return "[" + cloudText + (context.isEmpty ? "" : " " + contextText) + "]: " }
        let shownContext = context.isEmpty ? "" : " " + Colour.styled(contextText, as: .context)
        return "[" + Colour.styled(cloudText, as: .cloud) + shownContext + "]: "
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
