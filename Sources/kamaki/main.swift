// kamaki: one-shot commands, or (bare, or `kamaki shell`) the interactive shell.
// Synchronous on purpose: the shell's line editor must own the main thread (see KamakiShell).
// The process's own state (environment, folder, terminals) is read here, into a RunEnvironment.
import EmbeddedLocalCloud
import Foundation
import KamakiCommands
import KamakiShell

#if os(Linux)
import KamakiCommandServer
#endif

// A closed output pipe is an error a write returns (EPIPE), handled as such (exit 141, quietly),
// not a signal that kills the process mid-way.
signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
ensureHelpWidth()
let environment = RunEnvironment.current(embeddedCloud: LocalCloudLauncher())
#if os(Linux)
if arguments == ["--command-server"] {
    exit(CommandServer.serve(environment: environment, embeddedCloud: LocalCloudLauncher()))
}
#endif
let status: Int32
if arguments.isEmpty || arguments.first == "shell" || arguments.first == "tutorial" || onlyShellOptions(arguments) {
    let runner = CommandRunner(environment: environment)
    status = ShellMain.run(arguments: arguments.first == "shell" ? Array(arguments.dropFirst()) : arguments, runner: runner)
} else {
    status = runOneShot(arguments)
}
exit(status)

/// A one-shot command: the command server runs it if one is up (see CommandServer), else this process.
func runOneShot(_ arguments: [String]) -> Int32 {
    // `--more` on a terminal: paged, in this process (see ShellMain.runPaged).
    if let status = ShellMain.runPaged(arguments, runner: CommandRunner(environment: environment)) { return status }
    var startServer = false
    #if os(Linux)
    switch CommandServerClient.run(arguments, environment: environment) {
    case .ran(let code): return code
    case .notRun(let start): startServer = start
    }
    #endif
    let runner = CommandRunner(environment: environment)
    let output = FileDescriptorSink(columnsVariable: environment.variables["COLUMNS"])
    let status = BlockingTask { await runner.run(arguments, output: output) }.wait()
    #if os(Linux)
    if startServer { CommandServerClient.startServer(environment: environment) }
    #endif
    _ = startServer
    return status
}

/// The argument parser finds an exit status by laying help out at this process's own width
/// (`COLUMNS`, else the terminal's), and traps below about 30 columns: give it at least 40.
/// (`COLUMNS` is read here as the parser reads it, any integer, not as ``TerminalWidth`` does.)
func ensureHelpWidth() {
    let terminal = TerminalWidth.ofTerminal(1)
    let variable = getenv("COLUMNS").flatMap { Int(String(cString: $0)) }
    if let width = variable ?? terminal, width < 40 { setenv("COLUMNS", "40", 1) }
}

/// Whether the arguments are only global options and `--keep-going` (`kamaki --cloud lab`,
/// `kamaki --keep-going < script`): then the shell (or script mode) runs, not a command.
func onlyShellOptions(_ arguments: [String]) -> Bool {
    // Every global option starts with "-": a first word that does not is a command (no parse needed).
    if let first = arguments.first, !first.hasPrefix("-") { return false }
    let options = arguments.filter { $0 != "--keep-going" }
    let informational: Set<String> = ["-h", "--help", "-V", "--version"]
    guard !options.contains(where: { informational.contains($0) }) else { return false }
    return options.isEmpty || GlobalOptions.accepts(options)
}
