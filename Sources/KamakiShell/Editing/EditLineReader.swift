import Foundation

/// The interactive reader: libedit on a terminal, with history in its own file (0600).
final class EditLineReader: LineReader {
    private let editor: LineEditor
    let isInteractive = true

    init?(
        historyPath: String?, completion: @escaping (String) -> CompletionEdit, renderList: @escaping ([Candidate]) -> String,
        onFirstPrompt: @escaping () -> Void
    ) {
        guard let editor = LineEditor(program: "kamaki", historyPath: historyPath) else { return nil }
        editor.completion = completion
        editor.renderList = renderList
        editor.onFirstPrompt = onFirstPrompt
        self.editor = editor
        if let historyPath, let size = (try? FileManager.default.attributesOfItem(atPath: historyPath))?[.size] as? Int,
            size > 256 * 1024
        {
            editor.compactHistoryFile()
        }
    }

    func readLine(prompt: String) -> LineRead {
        editor.readLine(prompt: prompt)
    }

    func remember(_ line: String) {
        editor.remember(line)
    }

    func prefill(_ text: String) {
        editor.prefill = text
    }
}
