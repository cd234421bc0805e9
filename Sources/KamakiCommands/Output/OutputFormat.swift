import ArgumentParser

/// `--output-format` (any case): `json` as kamaki 0.16 prints it, `pretty_print` (kamaki's name for
/// its usual text), and for exploring, `yaml` and `table` (aligned columns, `-c COLUMN` picks them).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case json
    case prettyPrint = "pretty_print"
    case yaml
    case table

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// Whether the command prints its resources as one value (JSON, YAML or a table), not as text.
    var isStructured: Bool { self != .prettyPrint }
}
