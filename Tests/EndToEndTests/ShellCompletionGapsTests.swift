import Foundation
import Testing

/// Issue 16 items 15 and 16 in the built shell, in tmux: Tab completes file paths (after an option
/// taking a file and after `!cmd`), lists ids with their labels in aligned columns, and the shell
/// prints tables as one-shot commands do.
@Suite(.serialized) struct ShellCompletionGapsTests {
    @Test func tabCompletesFilePathsAndAlignsLabelColumns() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        _ = try shell.waitForPrompt()
        let folder = shell.home + "/certs"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "hello\n".write(toFile: folder + "/bundle.pem", atomically: true, encoding: .utf8)

        try shell.type("network list --ca-certs \(shell.home)/cer")
        try shell.press("Tab")
        try shell.waitFor("the folder completed, no space after it") { $0.hasSuffix("--ca-certs \(folder)/") }
        try shell.press("Tab")
        try shell.waitFor("the file completed") { $0.hasSuffix("--ca-certs \(folder)/bundle.pem") }
        try shell.press("C-u")
        try shell.type("!cat \(folder)/bu")
        try shell.press("Tab")
        try shell.waitFor("a path after !cmd completed") { $0.hasSuffix("[local]: !cat \(folder)/bundle.pem") }
        try shell.press("Enter")
        try shell.waitFor("cat ran") { $0.hasSuffix("\nhello\n[local]:") }

        _ = try shell.run("network create --name n")
        _ = try shell.run("network create --name 'A Longer Name'")
        _ = try shell.run("network list")
        try shell.type("network info ")
        try shell.press("Tab")
        let listed = try shell.waitFor("the networks listed") { $0.contains("A Longer Name") && $0.hasSuffix("[local]: network info") }
        let padding = String(repeating: " ", count: 15)
        #expect(listed.contains("1  public_network  public\n2  n\(padding)private\n3  A Longer Name   private\n"), "\(listed)")
        try shell.press("C-u")

        let table = try shell.run("network list --output-format table -c id,name")
        #expect(
            table.contains("| id | name           |\n+----+----------------+\n| 1  | public_network |\n| 2  | n              |"), "\(table)"
        )
    }
}
