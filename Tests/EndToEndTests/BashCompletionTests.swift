import Foundation
import KamakiTestSupport
import Testing

/// The committed bash completion script, run in a real bash, completes groups, verbs, flags and live ids.
@Suite(.temporaryDirectoriesPerTest) struct BashCompletionTests {
    /// Completes `line` (cursor at the end) in bash with the committed script; returns COMPREPLY.
    static func complete(_ line: String, environment: [String: String]) throws -> [String] {
        let script = BinaryRun.packageRoot + "/completions/kamaki.bash"
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE='\(line)'; COMP_POINT=\(line.utf8.count)
            _kamaki kamaki '\(words.last ?? "")' '\(words.count > 1 ? words[words.count - 2] : "")'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        var env = environment
        env["PATH"] = BuiltProducts.directory + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        let r = try BinaryRun.run("/bin/bash", ["--norc", "-c", program], environment: env)
        #expect(r.status == 0, "\(r.err)")
        return r.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Also through a command server: the script's calls back into kamaki are one-shot commands,
    /// and the ids they offer must be the client's (its HOME), not the server's.
    @Test(arguments: [false, true]) func groupsVerbsFlagsAndLiveIDs(throughCommandServer: Bool) throws {
        let alone = try BinaryRun.freshEnvironment()
        let environment = throughCommandServer ? try alone.withCommandServer() : alone
        let server = throughCommandServer ? try CommandServerProcess(environment: environment) : nil
        defer { server?.stop() }
        let kamaki = BinaryRun.product("kamaki")
        #expect(try BinaryRun.run(kamaki, ["ip", "create", "--network-id=1"], environment: environment).status == 0)
        #expect(try BinaryRun.run(kamaki, ["server", "list", "-l"], environment: environment).status == 0)

        #expect(try Self.complete("kamaki netw", environment: environment).contains("network"))
        #expect(try Self.complete("kamaki ip att", environment: environment) == ["attach"])
        #expect(try Self.complete("kamaki ip attach 8 --serv", environment: environment).contains("--server-id"))
        #expect(try Self.complete("kamaki ip attach ", environment: environment).contains("8"))
        let servers = try Self.complete("kamaki ip attach 8 --server-id ", environment: environment)
        #expect(servers.contains("141") && servers.contains("142"))
        // A served list's ids are saved after its reply, yet the next command has them.
        let network = try BinaryRun.run(kamaki, ["network", "create", "--name", "completion"], environment: environment)
        let networkID = try #require(network.out.split(separator: "\n").first { $0.hasPrefix("id: ") }?.dropFirst(4), "\(network.err)")
        for _ in 0..<2 {
            let port = try BinaryRun.run(
                kamaki, ["port", "create", "--network-id", String(networkID), "--device-id", "141"], environment: environment)
            #expect(port.status == 0, "\(port.err)")
        }
        let listed = try BinaryRun.run(kamaki, ["port", "list"], environment: environment)
        let ports = listed.out.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(listed.status == 0 && !ports.isEmpty, "\(listed.err)")
        #expect(try Self.complete("kamaki port info ", environment: environment).sorted() == ports.sorted())
        // The six commands and the three id completions.
        try server?.waitForServed(9)
    }

    /// A name typed in part completes to the name, which works where the id goes.
    @Test func aNameCompletesToTheName() throws {
        let environment = try BinaryRun.freshEnvironment()
        let kamaki = BinaryRun.product("kamaki")
        #expect(try BinaryRun.run(kamaki, ["network", "create", "--name=webnet"], environment: environment).status == 0)
        #expect(try BinaryRun.run(kamaki, ["network", "list"], environment: environment).status == 0)
        #expect(try Self.complete("kamaki network info web", environment: environment) == ["webnet"])
        #expect(try BinaryRun.run(kamaki, ["network", "info", "webnet"], environment: environment).out.contains("name: webnet"))
    }
}
