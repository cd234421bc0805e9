import KamakiAPI
import KamakiCommands

/// Whether `use cloud NAME` can choose a cloud: the names it knows are the config's and clouds.yaml's clouds and
/// `local`, the embedded cloud (``CloudNames``).
enum CloudChoice {
    /// Why a cloud cannot be chosen.
    enum Refusal: Error, Equatable {
        /// No such name; the message lists the known ones.
        case unknown(String)
        /// The cloud is configured but cannot be used (no URL or token, say): its error block.
        case unusable(String)

        var message: String {
            switch self {
            case .unknown(let message), .unusable(let message): message
            }
        }
    }

    /// Why `name` cannot be chosen among `known`, or nil when it can be tried.
    static func refusal(_ name: String, known: [String]) -> Refusal? {
        guard !known.contains(name) else { return nil }
        let quoted = "\"" + TerminalText.escaped(name) + "\""
        guard !known.isEmpty else {
            return .unknown("use cloud: no cloud \(quoted) is configured, and none is: kamaki config set cloud.NAME.url URL")
        }
        let hint = Suggestion.nearest(name, among: known).map { " (did you mean \($0)?)" } ?? ""
        return .unknown(
            "use cloud: no cloud \(quoted) is configured\(hint); the clouds are: " + known.map(TerminalText.escaped).joined(separator: ", ")
        )
    }
}
