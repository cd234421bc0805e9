import CEditLine

/// Makes the character type locale UTF-8 (the user's, else C.UTF-8) so libedit decodes
/// multibyte input; without it non-ASCII typing is silently dropped.
enum TerminalLocale {
    @discardableResult
    static func ensureUTF8() -> Bool {
        kamaki_ensure_utf8_locale() != 0
    }
}
