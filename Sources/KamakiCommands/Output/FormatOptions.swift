import ArgumentParser

/// The `--output-format` option of commands that print resources, and `--column` (`-c` after
/// `--output-format table`; see ``columnWords(_:)``).
struct FormatOptions: ParsableArguments, Sendable {
    @Option(
        name: .customLong("output-format"),
        help: ArgumentHelp("Print the whole resource(s) as json, yaml or a table (pretty_print: the usual text).", valueName: "FORMAT"))
    var outputFormat: OutputFormat?

    @Option(
        name: .customLong("column"),
        help: ArgumentHelp(
            "With --output-format table: show this column (repeatable or comma-separated; -c COLUMN after --output-format table).",
            valueName: "COLUMN"))
    var columns: [String] = []

    /// Whether the command prints its resources as one structured value (JSON, YAML or a table);
    /// the value is printed in the chosen format (``Presentation``).
    var json: Bool { outputFormat?.isStructured == true }

    /// The columns asked for, the comma-separated ones split.
    var columnNames: [String] {
        columns.flatMap { $0.split(separator: ",") }.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    func validate() throws {
        guard !columns.isEmpty, outputFormat != .table else { return }
        throw ValidationError("--column (-c COLUMN) picks the columns of a table: add --output-format table")
    }

    /// `-c COLUMN` as `--column COLUMN` when the line asks for `--output-format table` (openstack's habit);
    /// elsewhere `-c` stays kamaki's `--config FILE`. Words after `--` are left as they are.
    static func columnWords(_ words: [String]) -> [String] {
        guard asksForTable(words) else { return words }
        var result: [String] = []
        var literal = false
        for word in words {
            result.append(!literal && word == "-c" ? "--column" : word)
            if word == "--" { literal = true }
        }
        return result
    }

    /// Whether `words` (before any `--`) hold `--output-format table` or `--output-format=table`, in any case.
    static func asksForTable(_ words: [String]) -> Bool {
        var previous = ""
        for word in words {
            if word == "--" { return false }
            if previous == "--output-format", word.lowercased() == "table" { return true }
            if word.lowercased() == "--output-format=table" { return true }
            previous = word
        }
        return false
    }
}
