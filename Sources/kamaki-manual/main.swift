// kamaki-manual: prints a manual page generated from the command registry (`make man` writes man/).
//   kamaki-manual kamaki | kamaki-shell
//   kamaki-cloud --experimental-dump-help | kamaki-manual kamaki-cloud
// A development tool: not installed.
import Foundation
import KamakiCommands
import KamakiShell

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kamaki-manual: \(message)\n".utf8))
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 1 else { fail("usage: kamaki-manual kamaki|kamaki-shell|kamaki-cloud (the last reads its help dump on stdin)") }
let page: ManualPage
switch arguments[0] {
case "kamaki":
    page = ManualPage.kamaki()
case "kamaki-shell":
    page = ShellManual.page()
case "kamaki-cloud":
    let dump = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    do {
        page = try ManualPage.tool(dumpHelp: dump, seeAlso: ["kamaki(1)", "kamaki-shell(1)"])
    } catch {
        fail("\(error)")
    }
default:
    fail("no page named \(arguments[0]): kamaki, kamaki-shell or kamaki-cloud")
}
FileHandle.standardOutput.write(Data(page.render().utf8))
