import Foundation

/// The one rule for the width kamaki lays output out at: `COLUMNS`, when it holds a plausible
/// width (1...10,000), else the width of the first of the given descriptors that is a terminal.
///
/// `COLUMNS` wins as POSIX and environ(7) put it ("possibly overriding the actual size") and as
/// swift-argument-parser reads it for help, so help and tables agree. (GNU ls 9 is the exception:
/// it prefers the terminal and reads `COLUMNS` only when its output is not one.)
public enum TerminalWidth {
    /// The width for output to `descriptors`, `COLUMNS` being `variable`; nil: no width known.
    /// Asks the terminal each time (its window may have been resized).
    public static func columns(variable: String?, descriptors: [Int32]) -> Int? {
        if let width = columnsVariable(variable) { return width }
        for fd in descriptors {
            if let width = ofTerminal(fd) { return width }
        }
        return nil
    }

    /// `COLUMNS` as a width, if it is a plausible one (it may come from a command server's client).
    public static func columnsVariable(_ variable: String?) -> Int? {
        variable.flatMap { Int($0) }.flatMap { (1...10_000).contains($0) ? $0 : nil }
    }

    /// The width of the terminal `fd` is, if it is one.
    public static func ofTerminal(_ fd: Int32) -> Int? {
        var size = winsize()
        guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The height of the terminal `fd` is, if it is one (the pager's screen).
    public static func rowsOfTerminal(_ fd: Int32) -> Int? {
        var size = winsize()
        guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }
}
