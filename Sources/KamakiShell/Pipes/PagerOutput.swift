import Foundation
import KamakiClient
import KamakiCommands
import Synchronization

/// A command's output in the interactive shell, paged when it is longer than the screen
/// (``Paging``). Standard output is kept until it fills the screen, then the pager starts and
/// gets it, and everything after as it is produced; output that fits is printed when the
/// command ends. What the command writes to stderr while the pager runs is shown after it quits;
/// stderr written while output is kept prints that output first and ends paging for the command,
/// so the two streams keep their order.
final class PagerOutput: OutputSink {
    private enum Mode {
        case keeping
        /// The pager is being started: output is kept meanwhile.
        case starting
        case paging(ChildProcess, input: Int32)
        case direct
    }

    private struct State {
        var mode = Mode.keeping
        var kept = ""
        var heldErrors = ""
    }

    /// What a write does once the state has decided (writes happen outside the lock: a pager
    /// that is not reading must not block the loop that asks whether it has quit).
    private enum Step {
        case none
        case print(String, KamakiCommands.OutputStream)
        case flushThenError(kept: String, error: String)
        case start(String)
        case send(String, Int32)
    }

    private let state = Mutex(State())
    /// The pager's input failed (the user quit it): the rest of the output is dropped.
    private let pagerGone = Atomic<Bool>(false)
    private let terminal: any OutputSink
    private let pager: String
    private let screenRows: Int?
    private let forced: Bool

    /// - Parameters:
    ///   - terminal: the shell's own output, where output that is not paged goes.
    ///   - pager: the pager command (``Paging/pager(variables:option:)``).
    ///   - screenRows: the screen's height (``Paging/screenRows(variable:terminal:)``).
    ///   - forced: `--more`: page whatever the length.
    init(terminal: any OutputSink, pager: String, screenRows: Int?, forced: Bool) {
        self.terminal = terminal
        self.pager = pager
        self.screenRows = screenRows
        self.forced = forced
    }

    var errorIsTerminal: Bool { terminal.errorIsTerminal }
    var columns: Int? { terminal.columns }
    /// Colour goes through the pager (`less -R` shows it) as to the terminal.
    var colours: Bool { terminal.colours }
    var errorColours: Bool { terminal.errorColours }

    func write(_ text: String, to stream: KamakiCommands.OutputStream) {
        let columns = columns
        let step = state.withLock { state -> Step in
            switch (stream, state.mode) {
            case (.standard, .keeping):
                state.kept += text
                let rows = Paging.rows(of: state.kept, columns: columns)
                guard Paging.shouldPage(stdoutIsTerminal: true, outputRows: rows, screenRows: screenRows, pager: pager, forced: forced)
                else { return .none }
                defer { state.kept = "" }
                state.mode = .starting
                return .start(state.kept)
            case (.standard, .starting):
                state.kept += text
                return .none
            case (.standard, .paging(_, let input)):
                return .send(text, input)
            case (.error, .keeping) where !state.kept.isEmpty:
                defer { state.kept = "" }
                state.mode = .direct
                return .flushThenError(kept: state.kept, error: text)
            case (.error, .paging), (.error, .starting):
                state.heldErrors += text
                return .none
            default:
                return .print(text, stream)
            }
        }
        switch step {
        case .none: break
        case .print(let text, let stream): terminal.write(text, to: stream)
        case .flushThenError(let kept, let error):
            terminal.write(kept, to: .standard)
            terminal.write(error, to: .error)
        case .start(let kept): startPager(with: kept)
        case .send(let text, let input): send(text, to: input)
        }
    }

    /// Starts the pager and gives it what was kept; when it cannot start, prints that instead.
    private func startPager(with kept: String) {
        let pipe = ChildPipe.make()
        let pid = pipe.flatMap { SystemCommand.spawn(pager, descriptors: [($0.read, 0)]) }
        if let pipe { close(pipe.read) }
        let mode: Mode = if let pipe, let pid { .paging(ChildProcess(pid: pid), input: pipe.write) } else { .direct }
        let later = state.withLock { state in
            defer { state.kept = "" }
            state.mode = mode
            return state.kept
        }
        guard let pipe, pid != nil else {
            if let pipe { close(pipe.write) }
            terminal.write(kept + later, to: .standard)
            terminal.write("kamaki: cannot start the pager (\(pager)); set KAMAKI_PAGER= or config set pager off\n", to: .error)
            return
        }
        send(kept + later, to: pipe.write)
    }

    private func send(_ text: String, to input: Int32) {
        guard !pagerGone.load(ordering: .relaxed) else { return }
        if Descriptor.writeAll(input, text) != 0 { pagerGone.store(true, ordering: .relaxed) }
    }

    /// Ends the output once the command has ended (`abandoned`: it was left running in the
    /// background): prints what was kept, or closes the pager's input and waits for the pager to
    /// quit, then prints the errors held meanwhile.
    func finish(abandoned: Bool) {
        let paging = state.withLock { state -> (ChildProcess, Int32)? in
            defer {
                state.kept = ""
                state.mode = .direct
            }
            switch state.mode {
            case .keeping, .starting:
                terminal.write(state.kept, to: .standard)
                return nil
            case .paging(let child, let input):
                return (child, input)
            case .direct:
                return nil
            }
        }
        guard let (child, input) = paging else { return }
        ChildPipe.closeWriteEnd(input, abandoned: abandoned)
        _ = child.wait(terminal: false)
        let held = state.withLock { state in
            defer { state.heldErrors = "" }
            return state.heldErrors
        }
        if !held.isEmpty { terminal.write(held, to: .error) }
    }
}
