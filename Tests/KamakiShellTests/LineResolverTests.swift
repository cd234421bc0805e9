import KamakiCommands
import Testing

@testable import KamakiShell

@Suite("Resolver")
struct LineResolverTests {
    let resolver = LineResolver(catalog: .shared)

    @Test("a group name enters its context; verbs then run without the group")
    func contexts() {
        #expect(resolver.resolve(line: "ip", group: nil) == .enter(group: "ip"))
        #expect(resolver.resolve(line: "attach 9 --server-id=142", group: "ip") == .run(["ip", "attach", "9", "--server-id=142"]))
        #expect(resolver.resolve(line: "detach 9 --wait", group: "ip") == .run(["ip", "detach", "9", "--wait"]))
        #expect(resolver.resolve(line: "list", group: "network") == .run(["network", "list"]))
        #expect(resolver.resolve(line: "network", group: "ip") == .enter(group: "network"))
    }

    @Test("full paths run from any context; a group's own name is accepted inside it")
    func fullPaths() {
        #expect(resolver.resolve(line: "network list -l", group: nil) == .run(["network", "list", "-l"]))
        #expect(resolver.resolve(line: "ip list", group: "ip") == .run(["ip", "list"]))
        #expect(resolver.resolve(line: "network list", group: "ip") == .run(["network", "list"]))
    }

    @Test("exit and .. leave; /exit quits; /cmd runs from the top")
    func leaving() {
        #expect(resolver.resolve(line: "exit", group: "ip") == .leave)
        #expect(resolver.resolve(line: "..", group: "ip") == .leave)
        #expect(resolver.resolve(line: "exit", group: nil) == .leave)
        #expect(resolver.resolve(line: "/exit", group: "ip") == .quit)
        #expect(resolver.resolve(line: "/network list", group: "ip") == .run(["network", "list"]))
        #expect(resolver.resolve(line: "/ list", group: "ip") == .error("list: which group? " + listOwners))
        #expect(resolver.resolve(line: "exit now", group: "ip") == .error("exit: takes no arguments"))
    }

    @Test("quit and \\q end the shell from any group; clear clears the screen; neither is a \"did you mean\"")
    func quitAndClear() {
        for group in [nil, "ip", "history"] as [String?] {
            #expect(resolver.resolve(line: "quit", group: group) == .quit)
            #expect(resolver.resolve(line: "\\q", group: group) == .quit)
            #expect(resolver.resolve(line: "  \\q ", group: group) == .quit)
            #expect(resolver.resolve(line: "clear", group: group) == .system("clear"))
        }
        #expect(resolver.resolve(line: "quit now", group: nil) == .error("quit: takes no arguments"))
        #expect(resolver.resolve(line: "clear all", group: nil) == .error("clear: takes no arguments"))
        #expect(ShellBuiltin.isBuiltin("quit") && ShellBuiltin.isBuiltin("clear"))
    }

    @Test("the tutorial's next, back and skip take no arguments")
    func tutorialSteps() {
        for word in ["next", "back", "skip"] {
            #expect(resolver.resolve(line: word, group: "ip") == .tutorial([word]))
            #expect(resolver.resolve(line: word + " 2", group: nil) == .error("\(word): takes no arguments"))
        }
    }

    @Test("a pasted leading kamaki is stripped and the line runs from the top")
    func leadingKamaki() {
        #expect(
            resolver.resolve(line: "kamaki network create --name='My Private Net'", group: "ip")
                == .run(["network", "create", "--name=My Private Net"]))
        #expect(resolver.resolve(line: "kamaki ip", group: nil) == .enter(group: "ip"))
        #expect(resolver.resolve(line: "kamaki", group: "ip") == .nothing)
    }

    @Test("a bare verb of one group runs there; several groups are listed")
    func bareVerbs() {
        #expect(resolver.resolve(line: "detach 9", group: nil) == .run(["ip", "detach", "9"]))
        #expect(resolver.resolve(line: "connect 2 --device-id=141", group: "ip") == .run(["network", "connect", "2", "--device-id=141"]))
        #expect(resolver.resolve(line: "list", group: nil) == .error("list: which group? " + listOwners))
        #expect(
            resolver.resolve(line: "frobnicate", group: nil) == .error("frobnicate: unknown command; type help (or ?) to list commands"))
    }

    @Test(
        "the server lifecycle's bare verbs resolve to server, from anywhere; shared verbs do not",
        arguments: [
            ("reboot 143", nil, ["server", "reboot", "143"]),
            ("reboot 143 --hard --wait", "ip", ["server", "reboot", "143", "--hard", "--wait"]),
            ("start", nil, ["server", "start"]),
            ("start -w", "network", ["server", "start", "-w"]),
            ("shutdown 141 --wait", nil, ["server", "shutdown", "141", "--wait"]),
            ("console 141", "port", ["server", "console", "141"]),
            ("create --name=a --flavor-id=1 --image-id=i", "server", ["server", "create", "--name=a", "--flavor-id=1", "--image-id=i"]),
            ("delete --cluster 'my cluster '", "server", ["server", "delete", "--cluster", "my cluster "]),
        ] as [(String, String?, [String])])
    func serverVerbs(line: String, group: String?, words: [String]) {
        #expect(resolver.resolve(line: line, group: group) == .run(words))
    }

    @Test("create, delete and modify stay ambiguous outside a group")
    func sharedServerVerbs() {
        for verb in ["create", "delete", "modify"] {
            guard case .error(let message) = resolver.resolve(line: verb, group: nil) else {
                Issue.record("\(verb) must ask which group")
                continue
            }
            #expect(message.hasPrefix("\(verb): which group?") && message.contains("server \(verb)"), "\(message)")
        }
    }

    var listOwners: String {
        CommandCatalog.shared.cloudGroups(havingVerb: "list").map { "\($0.name) list" }.joined(separator: ", ")
    }

    @Test(
        "verbs that change local files or the local cloud never resolve from one word",
        arguments: [
            ("clean", nil, "history clean"),
            ("reset", nil, "local reset"),
            ("set foo bar", nil, "config set"),
            ("clean", "ip", "history clean"),
            ("reset", "network", "local reset"),
            ("set cloud.x.url http://h", "ip", "config set"),
            ("serve", nil, "local serve"),
        ] as [(String, String?, String)])
    func localVerbsNeedTheirGroup(line: String, group: String?, path: String) {
        guard case .error(let message) = resolver.resolve(line: line, group: group) else {
            Issue.record("\(line) in \(group ?? "top") must not run")
            return
        }
        #expect(message.contains("needs its group: type \(path)"), "\(message)")
    }

    @Test("inside their own group, or with it named, local verbs run as typed")
    func localVerbsWithTheirGroup() {
        #expect(resolver.resolve(line: "clean", group: "history") == .run(["history", "clean"]))
        #expect(resolver.resolve(line: "set foo bar", group: "config") == .run(["config", "set", "foo", "bar"]))
        #expect(resolver.resolve(line: "local reset", group: "ip") == .run(["local", "reset"]))
        #expect(resolver.resolve(line: "history clean", group: nil) == .run(["history", "clean"]))
    }

    @Test(
        "a mistyped word is never \"did you mean\" a verb that changes local state", arguments: ["clea", "quitt", "cleen", "rest", "sett"])
    func noDestructiveSuggestion(word: String) {
        for group in [nil, "history", "local", "config", "ip"] as [String?] {
            guard case .error(let message) = resolver.resolve(line: word, group: group) else {
                Issue.record("\(word) in \(group ?? "top") must be an error")
                continue
            }
            for verb in ["clean", "reset", "set", "delete", "serve"] {
                #expect(!message.contains("did you mean \(verb)?"), "\(group ?? "top"): \(message)")
            }
        }
    }

    @Test("the ambiguity error names the groups, network first")
    func ambiguityText() {
        guard case .error(let message) = resolver.resolve(line: "list", group: nil) else {
            Issue.record("list at the top must be ambiguous")
            return
        }
        #expect(message.hasPrefix("list: which group? network list, subnet list, port list, ip list, server list, quota list"))
        guard case .error(let delete) = resolver.resolve(line: "delete cloud.default.url", group: nil) else {
            Issue.record("delete at the top must be ambiguous")
            return
        }
        #expect(!delete.contains("config delete"), "a bare verb never offers a local group's verb: \(delete)")
    }

    @Test("help, ?, ?verb, help verb, verb -h")
    func help() {
        #expect(resolver.resolve(line: "help", group: nil) == .help([]))
        #expect(resolver.resolve(line: "?", group: "ip") == .help(["ip"]))
        #expect(resolver.resolve(line: "?attach", group: "ip") == .help(["ip", "attach"]))
        #expect(resolver.resolve(line: "? attach", group: "ip") == .help(["ip", "attach"]))
        #expect(resolver.resolve(line: "help ip", group: nil) == .help(["ip"]))
        #expect(resolver.resolve(line: "help port wait", group: nil) == .help(["port", "wait"]))
        #expect(resolver.resolve(line: "?detach", group: nil) == .help(["ip", "detach"]))
        #expect(resolver.resolve(line: "attach -h", group: "ip") == .run(["ip", "attach", "-h"]))
        #expect(resolver.resolve(line: "-h", group: "ip") == .help(["ip"]))
        #expect(resolver.resolve(line: "help nothing", group: nil) == .error("help: no command nothing"))
    }

    @Test("use, unuse and context")
    func session() {
        #expect(resolver.resolve(line: "use server 142", group: "ip") == .use(.server, "142"))
        #expect(resolver.resolve(line: "use network 2", group: nil) == .use(.network, "2"))
        #expect(resolver.resolve(line: "unuse", group: nil) == .unuse(nil))
        #expect(resolver.resolve(line: "unuse server", group: nil) == .unuse(.server))
        #expect(resolver.resolve(line: "context", group: nil) == .showContext)
        #expect(resolver.resolve(line: "use port 3", group: nil) == .error("use: use network ID, use server ID or use cloud NAME"))
        #expect(resolver.resolve(line: "use server", group: nil) == .error("use: use network ID, use server ID or use cloud NAME"))
        #expect(resolver.resolve(line: "use cloud lab", group: "ip") == .useCloud("lab"))
        #expect(resolver.resolve(line: "use cloud 'my lab'", group: nil) == .useCloud("my lab"))
        #expect(resolver.resolve(line: "use cloud", group: nil) == .error("use: use cloud NAME"))
        #expect(resolver.resolve(line: "use cloud a b", group: nil) == .error("use: use cloud NAME"))
    }

    @Test("!cmd keeps the raw text; empty and comment lines do nothing; bad quotes are errors")
    func rawAndEmpty() {
        #expect(resolver.resolve(line: "!echo 'hi'  there", group: "ip") == .system("echo 'hi'  there"))
        #expect(resolver.resolve(line: "  ", group: nil) == .nothing)
        #expect(resolver.resolve(line: "# a comment", group: nil) == .nothing)
        #expect(resolver.resolve(line: "network create --name='x", group: nil) == .error("unterminated ' quote"))
        #expect(resolver.resolve(line: "-v network list", group: nil) == .run(["-v", "network", "list"]))
        #expect(resolver.resolve(line: "\"\"", group: nil) == .nothing, "an empty word is no command")
        #expect(
            resolver.resolve(line: "lst", group: "ip")
                == .error("lst: unknown command (did you mean list?); type help (or ?) to list commands"))
        #expect(
            resolver.resolve(line: "netwrk list", group: nil)
                == .error("netwrk: unknown command (did you mean network?); type help (or ?) to list commands"))
        #expect(
            resolver.resolve(line: "frobnicate", group: nil) == .error("frobnicate: unknown command; type help (or ?) to list commands"))
    }

    @Test("lines pasted from the docs with their $ prompt; shell CMD like !CMD; help on a built-in")
    func pastedAndBuiltins() {
        #expect(resolver.resolve(line: "$ kamaki network list", group: "ip") == .run(["network", "list"]))
        #expect(
            resolver.resolve(line: "  $ kamaki ip attach 8 --server-id=141 --wait", group: nil)
                == .run(["ip", "attach", "8", "--server-id=141", "--wait"]))
        #expect(resolver.resolve(line: "$ !ls -l", group: nil) == .system("ls -l"))
        #expect(resolver.resolve(line: "shell echo 'a  b'", group: "ip") == .system("echo 'a  b'"))
        #expect(resolver.resolve(line: "shell", group: nil) == .error("shell: give a command to run, e.g. shell ls"))
        #expect(resolver.resolve(line: "help tutorial", group: nil) == .help(["tutorial"]))
        #expect(ShellHelp(catalog: .shared).text(["use"], columns: nil).hasPrefix("use: Select a network or server"))
        // Remembered as typed: the line already says where it runs.
        #expect(ShellHistory.absolute("$ kamaki network list", action: .run(["network", "list"])) == "$ kamaki network list")
    }
}
