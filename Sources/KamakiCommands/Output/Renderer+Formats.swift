import KamakiAPI

extension Renderer {
    /// Prints `value` as YAML or a table; a usage error (an unknown column) is kept in `presentation`
    /// for the runner, and nothing is printed.
    func formatted(_ value: JSON, _ presentation: Presentation) {
        do {
            switch presentation.format {
            case .yaml:
                output.write(try YAMLText.render(value), to: .standard)
            case .table:
                guard let table = try TableText.make(value, columns: presentation.columns) else { return }
                output.write(table.text, to: .standard)
            case .json, .prettyPrint:
                output.write(value.prettyPrinted(indent: 4) + "\n", to: .standard)
            }
        } catch let error as CommandError {
            presentation.record(error)
        } catch {
            presentation.record(CommandError("Cannot print the output as YAML: \(error)"))
        }
    }
}
