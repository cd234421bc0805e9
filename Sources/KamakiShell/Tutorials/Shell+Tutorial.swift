import Foundation
import KamakiCommands

/// The guided walkthrough in the shell: `tutorial`, `tutorial network`, `next`, `back`, `skip`,
/// `tutorial stop`, `tutorial reset`. Each step's command is put on the edit line; after it runs,
/// the shell says how the result relates to the tutorial, and progress is saved.
extension Shell {
    var tutorialProgress: TutorialProgress {
        TutorialProgress(path: runner.environment.stateDirectory + "/tutorials.json")
    }

    /// Handles a `tutorial …`, `next`, `back` or `skip` line.
    func tutorial(_ arguments: [String], reader: (any LineReader)?) -> Int32 {
        switch arguments.first {
        case nil:
            return listTutorials()
        case "stop":
            guard let current = guide else { return noTutorial() }
            save(current)
            guide = nil
            if current.isFinished {
                output.line(
                    "Left the finished \(current.tutorial.name) tutorial; `tutorial \(current.tutorial.name)` offers to start it over.")
            } else {
                output.line(
                    "Left the \(current.tutorial.name) tutorial at step \(current.index + 1); `tutorial \(current.tutorial.name)` resumes it."
                )
            }
            return ExitStatus.success
        case "reset":
            return resetTutorial(Array(arguments.dropFirst()), reader: reader)
        case "next", "skip":
            guard var current = guide else { return noTutorial() }
            say(current.skip())
            guide = current
            return showStep(reader: reader)
        case "back":
            guard var current = guide else { return noTutorial() }
            say(current.back())
            guide = current
            return showStep(reader: reader)
        case let name? where name.hasPrefix("-"):
            output.write(ShellHelp(catalog: .shared).text(["tutorial"], columns: output.columns), to: .standard)
            return name == "-h" || name == "--help" ? ExitStatus.success : ExitStatus.usage
        case let name?:
            guard arguments.count == 1 else {
                reportFailure("tutorial: use tutorial, tutorial NAME, tutorial stop or tutorial reset")
                return ExitStatus.usage
            }
            guard Tutorial.available.contains(name) else {
                reportFailure("\(TutorialError.unknown(name, available: Tutorial.available))")
                return ExitStatus.failure
            }
            return open(name, reader: reader)
        }
    }

    /// Runs the current step's command with its output recorded, then explains the result.
    func runTutorialStep(_ words: [String], reader: (any LineReader)?, config: Result<ConfigFile, any Error>? = nil) -> Int32 {
        let recorder = RecordingOutput(base: output)
        let status = run(words, through: recorder, config: config)
        tutorialStepDone(status: status, output: recorder.standard, errors: recorder.error, reader: reader)
        return status
    }

    func tutorialStepDone(status: Int32, output text: String, errors: String, reader: (any LineReader)?) {
        guard var current = guide else { return }
        say(current.completed(status: status, output: text, errors: errors))
        guide = current
        save(current)
        if let command = current.currentCommand { reader?.prefill(command) }
    }

    func start(_ started: TutorialGuide, reader: (any LineReader)?) -> Int32 {
        let (tutorial, step) = (started.tutorial, started.index)
        guide = started
        output.line("\(tutorial.title) (from \(tutorial.source))")
        if step > 0, !started.isFinished {
            output.line("Resuming at step \(step + 1) of \(tutorial.steps.count); `tutorial reset` starts over.")
        }
        say(started.introduction())
        return showStep(reader: reader)
    }

    private func showStep(reader: (any LineReader)?) -> Int32 {
        guard let current = guide else { return ExitStatus.success }
        save(current)
        if let command = current.currentCommand { reader?.prefill(command) }
        return ExitStatus.success
    }

    /// Prints guide text, broken to the terminal's width.
    private func say(_ text: String) {
        output.write(TutorialGuide.wrap(text, width: output.columns.map { $0 - 1 }), to: .standard)
    }

    /// After a line that was not the step's command: the step's command goes back on the line.
    func tutorialStepStillCurrent(reader: (any LineReader)?) {
        guard let current = guide, let command = current.currentCommand, let reader, reader.isInteractive else { return }
        output.line("  (The tutorial is still at step \(current.index + 1); its command is back on the line.)")
        reader.prefill(command)
    }

    private func listTutorials() -> Int32 {
        let names = Tutorial.available
        output.line("Tutorials (start one with: tutorial NAME):")
        for name in names {
            let title = (try? Tutorial.load(name))?.title ?? ""
            let left = tutorialProgress.entry(of: progressKey(name))
            let step = left.step
            let count = left.steps ?? (try? Tutorial.load(name))?.steps.count ?? 0
            output.line("  \(name)  \(title)" + (step >= count && count > 0 ? "  (finished)" : step > 0 ? "  (at step \(step + 1))" : ""))
        }
        return ExitStatus.success
    }

    private func noTutorial() -> Int32 {
        reportFailure("No tutorial is running; `tutorial` lists them.")
        return ExitStatus.usage
    }
}

/// Passes output through to the terminal and keeps a copy, so a tutorial step can be checked.
final class RecordingOutput: OutputSink, @unchecked Sendable {
    // Written only by the command task, read by the shell after the task ended (CommandTask waits).
    private let base: any OutputSink
    private let lock = NSLock()
    private var out = ""
    private var err = ""

    init(base: any OutputSink) { self.base = base }

    var errorIsTerminal: Bool { base.errorIsTerminal }
    var columns: Int? { base.columns }

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        base.write(text, to: stream)
        lock.lock()
        defer { lock.unlock() }
        if stream == .standard { out += text } else { err += text }
    }

    var standard: String {
        lock.lock()
        defer { lock.unlock() }
        return out
    }
    var error: String {
        lock.lock()
        defer { lock.unlock() }
        return err
    }
}
