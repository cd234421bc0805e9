// kamaki: one-shot commands, or (bare, or `kamaki shell`) the interactive shell.
// Synchronous on purpose: the shell's line editor must own the main thread (see KamakiShell).
import Foundation
import KamakiCommands
import KamakiShell

let arguments = Array(CommandLine.arguments.dropFirst())
let runner = CommandRunner(environment: .current(embeddedCloud: LocalCloudLauncher()))
let status: Int32
if arguments.isEmpty || arguments.first == "shell" || arguments.first == "tutorial" {
    status = ShellMain.run(arguments: arguments.first == "shell" ? Array(arguments.dropFirst()) : arguments, runner: runner)
} else {
    status = runBlocking { await runner.run(arguments, output: StandardStreams()) }
}
exit(status)
