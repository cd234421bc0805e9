/// The walkthrough's state machine: which step is current, what to show before and after it.
/// Pure: the shell prints what it returns and puts ``currentCommand`` on the edit line.
public struct TutorialGuide: Sendable {
    public let tutorial: Tutorial
    /// The current step's index; `tutorial.steps.count` when finished.
    public private(set) var index: Int

    public init(tutorial: Tutorial, index: Int = 0) {
        self.tutorial = tutorial
        self.index = min(max(0, index), tutorial.steps.count)
    }

    public var isFinished: Bool { index >= tutorial.steps.count }
    public var current: Tutorial.Step? { isFinished ? nil : tutorial.steps[index] }

    /// The command to put on the edit line (notes are shown but not pre-filled).
    public var currentCommand: String? {
        guard let step = current, !step.isNote else { return nil }
        return step.command
    }

    /// The text shown when a step becomes current.
    public func introduction() -> String {
        guard let step = current else {
            return "The \(tutorial.name) tutorial is finished. `tutorial reset` restores the starting world; `tutorial stop` leaves.\n"
        }
        var text = ""
        if let section = step.section { text += "\n== \(section) ==\n" }
        text += "[\(tutorial.name) \(index + 1)/\(tutorial.steps.count)]\n"
        for line in step.explain ?? [] { text += "  \(line)\n" }
        if step.isNote {
            text += "    \(step.command)\n"
            text += "  (a note: `next` continues)\n"
        } else {
            text += "  Press Enter to run it, edit it first, or type next/back/skip, `tutorial stop`.\n"
        }
        return text
    }

    /// Whether a line the user ran is the current step's command (a leading `kamaki` and spacing ignored).
    public func matches(_ line: String) -> Bool {
        guard let step = current, !step.isNote else { return false }
        return Self.normalized(line) == Self.normalized(step.command)
    }

    /// After the current step's command ran: how the result relates to the tutorial, then the next step.
    public mutating func completed(status: Int32, output: String, errors: String) -> String {
        guard let step = current else { return "" }
        var text = ""
        if let expect = step.expect {
            let missing = (expect.stdout ?? []).filter { !output.contains($0) } + (expect.stderr ?? []).filter { !errors.contains($0) }
            if status != expect.status || !missing.isEmpty {
                text += "  Note: this differs from the tutorial"
                text += status != expect.status ? " (exit status \(status), expected \(expect.status))" : ""
                text += missing.isEmpty ? ".\n" : "; expected to see: \(missing.map { $0.split(separator: "\n").first.map(String.init) ?? $0 }.joined(separator: "; "))\n"
            }
        }
        if !step.result.isEmpty { text += "→ \(step.result)\n" }
        index += 1
        return text + introduction()
    }

    /// Moves on without running the step.
    public mutating func skip() -> String {
        guard !isFinished else { return introduction() }
        index += 1
        return introduction()
    }

    /// Goes back one step.
    public mutating func back() -> String {
        index = max(0, index - 1)
        return introduction()
    }

    static func normalized(_ line: String) -> String {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.first == "kamaki" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
