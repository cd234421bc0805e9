import ArgumentParser

/// `--output-format`: only `json` (any case).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case json

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
