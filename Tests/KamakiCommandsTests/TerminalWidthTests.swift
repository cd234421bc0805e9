import Foundation
import KamakiCommands
import Testing

/// The one terminal-width rule: a plausible `COLUMNS` wins, else the first terminal's width.
@Suite struct TerminalWidthTests {
    @Test func columnsVariable() {
        #expect(TerminalWidth.columnsVariable("120") == 120)
        #expect(TerminalWidth.columnsVariable("1") == 1 && TerminalWidth.columnsVariable("10000") == 10_000)
        for bad in [nil, "", "0", "-80", "10001", "80x", " 80", "abc", "99999999999999999999"] {
            #expect(TerminalWidth.columnsVariable(bad) == nil, "\(bad.debugDescription)")
        }
    }

    @Test func noTerminalNoWidth() throws {
        let pipe = Pipe()
        let fd = pipe.fileHandleForWriting.fileDescriptor
        #expect(TerminalWidth.ofTerminal(fd) == nil)
        #expect(TerminalWidth.columns(variable: nil, descriptors: [fd]) == nil)
        #expect(TerminalWidth.columns(variable: "77", descriptors: [fd]) == 77)
        #expect(FileDescriptorSink(standard: fd, error: fd, columnsVariable: "0").columns == nil)
    }

    #if os(Linux)
    @Test func columnsVariableWinsOverTheTerminal() throws {
        let terminal = try Self.pseudoTerminal(columns: 93)
        defer {
            close(terminal.master)
            close(terminal.slave)
        }
        let notTerminal = Pipe()
        let pipe = notTerminal.fileHandleForWriting.fileDescriptor
        #expect(TerminalWidth.ofTerminal(terminal.slave) == 93)
        #expect(TerminalWidth.columns(variable: nil, descriptors: [pipe, terminal.slave]) == 93)
        #expect(TerminalWidth.columns(variable: "120", descriptors: [terminal.slave]) == 120)
        #expect(TerminalWidth.columns(variable: "0", descriptors: [terminal.slave]) == 93)
        // The one-shot sink takes stdout's terminal, else stderr's, under the same rule.
        #expect(FileDescriptorSink(standard: pipe, error: terminal.slave, columnsVariable: nil).columns == 93)
        #expect(FileDescriptorSink(standard: terminal.slave, error: pipe, columnsVariable: "60").columns == 60)
        withExtendedLifetime(notTerminal) {}
    }

    /// A pseudo-terminal whose window is `columns` wide (Linux's multiplexer: unlock and name it
    /// with TIOCSPTLCK and TIOCGPTN, which Swift's Glibc module lacks the functions for).
    static func pseudoTerminal(columns: UInt16) throws -> (master: Int32, slave: Int32) {
        struct Failure: Error {}
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else { throw Failure() }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard slave >= 0, ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw Failure() }
        return (master, slave)
    }
    #endif
}
