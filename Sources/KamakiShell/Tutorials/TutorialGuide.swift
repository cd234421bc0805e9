/// The walkthrough's state machine: which step is current, what to show before and after it.
/// Pure: the shell prints what it returns and puts ``currentCommand`` on the edit line.
public struct TutorialGuide: Sendable {
    public let tutorial: Tutorial
    /// The current step's index; `tutorial.steps.count` when finished.
    public private(set) var index: Int
    /// The values the steps' `{name}`s stand for: found on the cloud, or taken from earlier steps.
    public private(set) var bindings: TutorialBindings

    /// Where its progress is kept (``TutorialProgress``): the tutorial's name, with the cloud's on
    /// a cloud other than the embedded one.
    public let key: String

    public init(tutorial: Tutorial, index: Int = 0, bindings: TutorialBindings = TutorialBindings(), key: String? = nil) {
        self.tutorial = tutorial
        self.key = key ?? tutorial.name
        self.index = min(max(0, index), tutorial.steps.count)
        self.bindings = bindings
    }

    public var isFinished: Bool { index >= tutorial.steps.count }
    public var current: Tutorial.Step? { isFinished ? nil : tutorial.steps[index] }

    /// The command to put on the edit line (notes are shown but not pre-filled), with this cloud's
    /// values; nil while a value it needs is unknown (its step was skipped).
    public var currentCommand: String? {
        guard let step = current, !step.isNote else { return nil }
        let (command, missing) = bindings.substitute(step.command, forCommand: true)
        return missing.isEmpty ? command : nil
    }

    /// How many first steps say how to run a step (by then it is known).
    static let stepsWithTheHint = 2

    /// The text shown when a step becomes current.
    public func introduction() -> String {
        guard let step = current else {
            return "The \(tutorial.name) tutorial is finished. `tutorial reset` restores the starting world; `tutorial stop` leaves.\n"
        }
        var text = ""
        if let section = step.section { text += "\n== \(section) ==\n" }
        text += "[\(tutorial.name) \(index + 1)/\(tutorial.steps.count)]\n"
        for line in step.explain ?? [] { text += "  \(bindings.substitute(line).text)\n" }
        if step.isNote {
            text += "    \(bindings.substitute(step.command).text)\n"
            text += "  (a note: Enter or `next` continues)\n"
        } else if currentCommand == nil {
            let (command, missing) = bindings.substitute(step.command, forCommand: true)
            text += "  This step needs \(missing.map { "{\($0)}" }.joined(separator: ", ")), which an earlier step prints and was skipped:"
            text += " `back` to that step and run it, or `skip` this one. Its command:\n    \(command)\n"
        } else if index < Self.stepsWithTheHint {
            text +=
                "  Press Enter to run it (or edit it first). To type next, back, skip or `tutorial stop`, clear the line first (Ctrl-U).\n"
        }
        return text
    }

    /// Whether a line the user ran is the current step's command (a leading `kamaki` and spacing ignored).
    public func matches(_ line: String) -> Bool {
        guard let command = currentCommand else { return false }
        return Self.normalized(line) == Self.normalized(command)
    }

    /// After the current step's command ran: how the result relates to the tutorial, then the next step.
    public mutating func completed(status: Int32, output: String, errors: String) -> String {
        guard let step = current else { return "" }
        var text = ""
        let expectedStatus = step.expect?.status ?? 0
        guard status == expectedStatus else {
            // The step did not do what the tutorial shows (often: an earlier step was skipped);
            // its explanation would be wrong, so it stays current.
            return "  Note: this differs from the tutorial (exit status \(status), expected \(expectedStatus)).\n"
                + "  The step stays current: fix what it needs and press Enter to run it again, `skip` to go on,"
                + " or `tutorial reset` to start over.\n"
        }
        if let capture = step.capture { bindings.capture(capture, from: output) }
        if let expect = step.expect {
            let expected =
                (expect.stdout ?? []).map { (bindings.substitute($0).text, output) }
                + (expect.stderr ?? []).map {
                    (bindings.substitute($0).text, errors)
                }
            let missing = expected.filter { !$0.1.contains($0.0) }.map(\.0)
            if !missing.isEmpty {
                text += "  Note: this differs from the tutorial; expected to see: "
                text += missing.map { $0.split(separator: "\n").first.map(String.init) ?? $0 }.joined(separator: "; ") + "\n"
            }
        }
        if !step.result.isEmpty { text += "→ \(bindings.substitute(step.result).text)\n" }
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

    /// `text` with lines longer than `width` broken at spaces, continuations indented like their line.
    public static func wrap(_ text: String, width: Int?) -> String {
        guard let width, width > 20 else { return text }
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = String(line.prefix { $0 == " " })
            var current = ""
            for word in line.dropFirst(indent.count).split(separator: " ") {
                if !current.isEmpty, current.count + 1 + word.count > width {
                    out.append(current)
                    current = indent + word
                } else {
                    current = current.isEmpty ? indent + word : current + " " + word
                }
            }
            out.append(current.isEmpty ? String(line) : current)
        }
        return out.joined(separator: "\n")
    }

    static func normalized(_ line: String) -> String {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.first == "kamaki" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
