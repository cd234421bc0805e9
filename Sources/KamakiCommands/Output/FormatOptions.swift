import ArgumentParser

/// The `--output-format` option of commands that print resources.
struct FormatOptions: ParsableArguments, Sendable {
    @Option(name: .customLong("output-format"), help: "Print the whole resource(s) as JSON (json).")
    var outputFormat: OutputFormat?

    var json: Bool { outputFormat == .json }
}
