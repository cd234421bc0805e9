import CEditLine
import Foundation

/// libedit's editor on the terminal, through the native histedit API (CEditLine's shim).
///
/// It lives on the main thread, the only thread that calls it; libedit calls back into it
/// (prompt, Tab) on that thread, finding it through `EL_CLIENTDATA`, so there is no global state.
final class LineEditor {
    let editor: OpaquePointer
    let history: OpaquePointer?
    /// The prompt libedit reads through the prompt callback; kept alive until the next prompt.
    private var promptBuffer: UnsafeMutablePointer<CChar>
    private let historyPath: String?
    private var lastRemembered: String?
    /// Given the line up to the cursor, what Tab does.
    var completion: ((String) -> CompletionEdit)?
    /// Renders a candidate list for printing under the line.
    var renderList: (([Candidate]) -> String)?
    /// Called once, when libedit first asks for the prompt (the shell is then ready for typing):
    /// the moment to start background work without delaying the first prompt.
    var onFirstPrompt: (() -> Void)?

    /// Sets the terminal up; nil when libedit cannot start (then read plain lines).
    init?(program: String, historyPath: String?) {
        guard let editor = kamaki_el_init(program) else { return nil }
        self.editor = editor
        self.history = kamaki_history_init(1000)
        self.historyPath = historyPath
        self.promptBuffer = strdup("> ")
        kamaki_el_set_editor(editor, "emacs")
        kamaki_el_set_signal(editor, 1)
        Self.useOwnReader(editor)
        if let history {
            kamaki_el_set_history(editor, history)
            if let historyPath { kamaki_history_load(history, historyPath) }
        }
        kamaki_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        kamaki_el_set_prompt_esc(editor, Self.invisible) { editor in
            guard let editor, let me = LineEditor.from(editor) else { return nil }
            if let first = me.onFirstPrompt {
                me.onFirstPrompt = nil
                first()
            }
            return me.promptBuffer
        }
        kamaki_el_addfn(editor, "kamaki-complete", "Complete the word under the cursor") { editor, _ in
            guard let editor, let me = LineEditor.from(editor) else { return UInt8(CC_ERROR) }
            return me.complete()
        }
        kamaki_el_addfn(editor, "kamaki-last-argument", "Insert the last word of an earlier line") { editor, _ in
            guard let editor, let me = LineEditor.from(editor) else { return UInt8(CC_ERROR) }
            return me.insertLastArgument()
        }
        // libedit's Ctrl-D (em-delete-or-list) wrote "^D" after the prompt before ending the input.
        kamaki_el_addfn(editor, "kamaki-delete-or-end", "Delete the character under the cursor; on an empty line, end") { editor, _ in
            guard let editor else { return UInt8(CC_ERROR) }
            return LineEditor.deleteOrEnd(editor)
        }
        kamaki_el_bind(editor, "^D", "kamaki-delete-or-end")
        kamaki_el_bind(editor, "^I", "kamaki-complete")
        kamaki_el_bind(editor, "^R", "em-inc-search-prev")
        for (key, function) in Self.keyBindings { kamaki_el_bind(editor, key, function) }
        el_source(editor, nil)
    }

    /// Keys terminals send that libedit's emacs map lacks: without them they inserted "5D", "~", ….
    /// libedit binds Home, End and Delete from the terminal's terminfo entry, which is right only
    /// when `TERM` names the terminal that sends the keys: tmux sends `\e[1~` and `\e[4~` whatever
    /// `TERM` says, rxvt `\e[7~` and `\e[8~`, xterm `\e[H` or `\eOH`. So every common form is bound.
    /// Page Up and Page Down search the history for lines starting with what is typed before the
    /// cursor (bash's `history-search-backward` in /etc/inputrc): a typed line is never replaced by
    /// an unrelated entry, and when nothing matches the line stays as it is.
    static let keyBindings: [(key: String, function: String)] = [
        // Ctrl/Alt-Left and -Right move by words.
        ("\\e[1;5D", "ed-prev-word"), ("\\e[1;5C", "em-next-word"), ("\\e[1;3D", "ed-prev-word"), ("\\e[1;3C", "em-next-word"),
        // Home, End, Delete.
        ("\\e[1~", "ed-move-to-beg"), ("\\e[7~", "ed-move-to-beg"), ("\\e[H", "ed-move-to-beg"), ("\\eOH", "ed-move-to-beg"),
        ("\\e[4~", "ed-move-to-end"), ("\\e[8~", "ed-move-to-end"), ("\\e[F", "ed-move-to-end"), ("\\eOF", "ed-move-to-end"),
        ("\\e[3~", "ed-delete-next-char"),
        // Page Up, Page Down.
        ("\\e[5~", "ed-search-prev-history"), ("\\e[6~", "ed-search-next-history"),
        // Alt-. (readline's yank-last-arg).
        ("\\e.", "kamaki-last-argument"),
    ]

    deinit {
        el_end(editor)
        if let history { history_end(history) }
        free(promptBuffer)
    }

    private static func from(_ editor: OpaquePointer) -> LineEditor? {
        guard let data = kamaki_el_get_clientdata(editor) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Where the last Alt-. left the line, so that pressing it again at once walks further back.
    var lastArgumentWalk: LastArgumentWalk?

    /// Text to put on the next line before the user edits it (the tutorial's next command).
    var prefill: String?

    /// The marker around the parts of the prompt that take no room on the screen (``marked(_:)``).
    static let invisible = CChar(1)

    /// `prompt` with each escape sequence (`ESC [` … a final byte, a colour's) between two
    /// ``invisible`` markers, for libedit to print without counting it as columns.
    static func marked(_ prompt: String) -> String {
        guard prompt.utf8.contains(0x1B) else { return prompt }
        var marked: [UInt8] = []
        var inSequence = false
        for byte in prompt.utf8 {
            if byte == 0x1B, !inSequence {
                inSequence = true
                marked.append(UInt8(invisible))
            }
            marked.append(byte)
            // A control sequence ends with a byte from `@` to `~` (after its `[`).
            if inSequence, byte != UInt8(ascii: "["), (0x40...0x7E).contains(byte) {
                inSequence = false
                marked.append(UInt8(invisible))
            }
        }
        if inSequence { marked.append(UInt8(invisible)) }
        return String(decoding: marked, as: UTF8.self)
    }

    /// Reads one edited line.
    /// - Parameter prompt: the prompt; its colours' escape sequences are marked for libedit here (``marked(_:)``).
    func readLine(prompt: String) -> LineRead {
        free(promptBuffer)
        promptBuffer = strdup(Self.marked(prompt))
        Self.lineStarts(prompt: promptBuffer, marker: Self.invisible)
        _ = Interrupt.take()
        if let text = prefill {
            prefill = nil
            el_push(editor, text)
        }
        takeTypeahead()
        var count: Int32 = 0
        kamaki_el_prepare_terminal(editor, 1)
        defer { kamaki_el_prepare_terminal(editor, 0) }
        guard let line = el_gets(editor, &count) else {
            let interrupted = Interrupt.take() || (count == -1 && errno == EINTR)
            if interrupted { kamaki_write_stdout("^C\n") }
            return interrupted ? .interrupted : .end
        }
        var text = String(cString: line)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return .line(text)
    }

    /// What was typed while a command ran, read while the terminal is still in cooked mode. A Ctrl-D
    /// there waits in the line discipline as an end of file, and libedit then misread the next key
    /// (an arrow's escape sequence showed as `^[[A`): it is dropped. Whole lines typed ahead go to
    /// the editor as typed; a part of a line stays in the terminal for libedit to read.
    private func takeTypeahead() {
        var typed: [UInt8] = []
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 4096)
        // Bounded: a terminal that hung up stays readable and reads end of file for ever.
        for _ in 0..<64 {
            guard poll(&descriptor, 1, 0) > 0, descriptor.revents & Int16(POLLIN) != 0 else { break }
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0 || (count == 0 && descriptor.revents & Int16(POLLHUP) != 0) { break }
            typed += buffer[0..<max(count, 0)]
        }
        guard !typed.isEmpty else { return }
        el_push(editor, String(decoding: typed, as: UTF8.self))
    }

    /// Adds a line to the in-memory history and appends it to the history file
    /// (a line equal to the one before it is kept once, as in memory).
    func remember(_ line: String) {
        guard let history, line != lastRemembered else { return }
        lastRemembered = line
        kamaki_history_enter(history, line)
        if let historyPath { kamaki_history_append_line(historyPath, line) }
    }

    /// Rewrites the history file with the last entries only (keeps it from growing forever).
    func compactHistoryFile() {
        guard let history, let historyPath else { return }
        kamaki_history_save(history, historyPath)
    }

    /// Ctrl-D: on an empty line, the end of input (quietly); before the end of the line, deletes
    /// the character under the cursor; at the end of a line, a beep (as libedit's own).
    private static func deleteOrEnd(_ editor: OpaquePointer) -> UInt8 {
        var length: Int32 = 0
        var cursor: Int32 = 0
        _ = kamaki_el_line_all(editor, &length, &cursor)
        if length == 0 { return UInt8(CC_EOF) }
        guard cursor < length else { return UInt8(CC_REFRESH_BEEP) }
        el_cursor(editor, 1)
        el_deletestr(editor, 1)
        return UInt8(CC_REFRESH)
    }

    /// The Tab handler: applies the completion's edit to the line.
    private func complete() -> UInt8 {
        var length: Int32 = 0
        let bytes = kamaki_el_line_before_cursor(editor, &length)
        let text = bytes.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: Int(length)), as: UTF8.self) } ?? ""
        guard let completion else { return UInt8(CC_REFRESH_BEEP) }
        switch completion(text) {
        case .insert(let deleting, let inserted):
            if deleting > 0 { el_deletestr(editor, Int32(deleting)) }
            if !inserted.isEmpty { el_insertstr(editor, inserted) }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            kamaki_write_stdout("\n" + (renderList?(candidates) ?? ""))
            return UInt8(CC_REDISPLAY)
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        }
    }
}
