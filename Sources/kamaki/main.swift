// kamaki: one-shot commands, or (bare, or `kamaki shell`) the interactive shell.
// Synchronous on purpose: the shell's line editor must own the main thread (see KamakiShell).
import Foundation
import KamakiCommands
import KamakiShell

let arguments = Array(CommandLine.arguments.dropFirst())
let runner = CommandRunner(environment: .current(embeddedCloud: LocalCloudLauncher()))
let status: Int32
if arguments.isEmpty || arguments.first == "shell" {
    // TODO(shell): ShellMain.run(arguments:runner:) once KamakiShell provides it.
    FileHandle.standardError.write(Data("kamaki: the interactive shell is not built yet; try kamaki --help\n".utf8))
    status = 2
} else {
    status = runBlocking { await runner.run(arguments, output: StandardStreams()) }
}
exit(status)
