import Foundation
import KamakiAPI
import KamakiCommands

/// Starting a tutorial from its starting world: a finished tutorial offers to start over, step 1
/// on the embedded cloud checks the world first (``TutorialWorld``), and `tutorial reset`
/// restores the embedded cloud's seed, after a question, and never on another cloud.
extension Shell {
    /// `tutorial NAME`: resumes where it was left; a finished one offers to start over; a start
    /// on a world where the tutorial cannot work offers a reset first.
    /// `found`: the values found on the cloud (``OpenStackTutorialWorld``). A tutorial resumed keeps
    /// the values it was left with, found ones too (a server made since must not become `{server1}`
    /// halfway through), and takes only what it lacks from `found`.
    func begin(_ tutorial: Tutorial, key: String, found: TutorialBindings, reader: (any LineReader)?) -> Int32 {
        let left = tutorialProgress.entry(of: key)
        var step = left.step
        if step >= tutorial.steps.count, let reader, reader.isInteractive {
            output.line("You finished the \(tutorial.name) tutorial.")
            if ask("Start it over?", reader: reader) { step = 0 }
        }
        if step == 0, let unlike = worldUnlikeStart() {
            output.line("The local cloud is not at the tutorial's start, so the tutorial's ids would not match:")
            for difference in unlike { output.line("  \(difference)") }
            if let reader, reader.isInteractive,
                ask("Reset the local cloud to the tutorial's starting world first? Every change made on it is lost.", reader: reader)
            {
                let status = resetLocalCloud()
                guard status == ExitStatus.success else { return status }
            } else {
                output.line("Going on without a reset: steps may fail or show other ids; `tutorial reset` starts over.")
            }
        }
        let bindings = step == 0 ? found : found.merging(left.bindings)
        return start(TutorialGuide(tutorial: tutorial, index: step, bindings: bindings, key: key), reader: reader)
    }

    /// `tutorial reset [--yes]`: after a y/N question (or `--yes`), the embedded cloud back at
    /// its seed and the tutorial (the running one, else network) at step 1. On another cloud, only
    /// the tutorial starts over (``startOver(on:reader:)``).
    func resetTutorial(_ arguments: [String], reader: (any LineReader)?) -> Int32 {
        guard arguments.allSatisfy({ $0 == "--yes" || $0 == "-y" }) else {
            reportFailure(
                "tutorial reset: unexpected \(TerminalText.escaped(arguments.joined(separator: " "))); use tutorial reset [--yes]")
            return ExitStatus.usage
        }
        if let connection, connection.target != .embedded { return startOver(on: connection, reader: reader) }
        if arguments.isEmpty {
            guard let reader, reader.isInteractive else {
                reportFailure("tutorial reset asks before it resets the local cloud; in a script, tutorial reset --yes resets it.")
                return ExitStatus.usage
            }
            guard ask("Reset the local cloud to the tutorial's starting world? Every change made on it is lost.", reader: reader) else {
                output.line("Nothing was reset.")
                return ExitStatus.success
            }
        }
        let status = resetLocalCloud()
        guard status == ExitStatus.success else { return status }
        let name = guide?.key ?? "network"
        tutorialProgress.save(name, step: 0)
        if let current = guide { return start(TutorialGuide(tutorial: current.tutorial, key: current.key), reader: reader) }
        return ExitStatus.success
    }

    /// Asks a yes/no question on the terminal; anything but y or yes is no.
    func ask(_ question: String, reader: any LineReader) -> Bool {
        guard case .line(let answer) = reader.readLine(prompt: question + " [y/N] ") else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// How the embedded cloud's world differs from the tutorials' start, or nil when it does not
    /// (or when the session's cloud is another, whose world the tutorials do not assume, or
    /// cannot be listed).
    private func worldUnlikeStart() -> [String]? {
        guard let connection, connection.target == .embedded, let world = TutorialWorld.read(connection) else { return nil }
        let differences = world.differences()
        return differences.isEmpty ? nil : differences
    }

    private func resetLocalCloud() -> Int32 {
        run(["local", "reset"])
    }
}
