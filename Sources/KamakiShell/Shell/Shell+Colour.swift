import KamakiCommands

extension Shell {
    /// Whether the prompt's cloud and context are coloured (``Colour``): the shell's output says
    /// whether stdout is a terminal that may have colour, the run's environment the rest.
    var promptColour: Bool {
        Colour.enabled(terminal: output.colours, variables: runner.environment.variables, noColor: false)
    }

    /// Whether the first line of the shell's own error blocks (a line that does not resolve) is coloured.
    var errorColour: Bool {
        Colour.enabled(terminal: output.errorColours, variables: runner.environment.variables, noColor: false)
    }
}
