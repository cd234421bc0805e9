// kamaki: one-shot commands, or (bare, or `kamaki shell`) the interactive shell.
// Synchronous on purpose: the shell's line editor must own the main thread (see KamakiShell).
import Foundation
import KamakiCommands
import KamakiShell

// A closed output pipe is an error a write returns (EPIPE), handled as such (exit 141, quietly),
// not a signal that kills the process mid-way.
signal(SIGPIPE, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["--command-server"] {
    exit(CommandServer.serve(embeddedCloud: LocalCloudLauncher()))
}
let status: Int32
if arguments.isEmpty || arguments.first == "shell" || arguments.first == "tutorial" || onlyShellOptions(arguments) {
    let runner = CommandRunner(environment: .current(embeddedCloud: LocalCloudLauncher()))
    status = ShellMain.run(arguments: arguments.first == "shell" ? Array(arguments.dropFirst()) : arguments, runner: runner)
} else {
    // A one-shot command: the command server runs it if one is up (see CommandServer).
    switch CommandServerClient.run(arguments) {
    case .ran(let code):
        status = code
    case .notRun(let startServer):
        let runner = CommandRunner(environment: .current(embeddedCloud: LocalCloudLauncher()))
        let output = FileDescriptorSink(columnsVariable: getenv("COLUMNS").map { String(cString: $0) })
        status = runBlocking { await runner.run(arguments, output: output) }
        if startServer { CommandServerClient.startServer() }
    }
}
exit(status)

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
