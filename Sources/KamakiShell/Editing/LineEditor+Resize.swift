import CEditLine

/// A resize redraws the line at once, at the new width; Ctrl-Z and `fg` keep working: libedit reads
/// the keys through CEditLine's `kamaki_el_read_char` (resize.h says why and how). Every call into
/// resize.h is in this file: its state is static, one copy per Swift file that uses it.
extension LineEditor {
    /// Makes libedit read the keys through `kamaki_el_read_char`; false when it could not (then
    /// libedit reads them itself and a resize is redrawn at the next key).
    @discardableResult
    static func useOwnReader(_ editor: OpaquePointer) -> Bool {
        kamaki_el_use_own_reader(editor) == 0
    }

    /// Before a line is read: the prompt (its width, for redraws; `marker` brackets its escape
    /// sequences) and the terminal's mode before the editor's, for Ctrl-Z.
    static func lineStarts(prompt: UnsafePointer<CChar>, marker: CChar) {
        kamaki_el_line_starts(prompt, marker)
    }
}
