import KamakiCommands
import Testing

@testable import KamakiShell

/// Ids as the cache would hold them after the tutorial's first steps.
let tutorialIDs: [IDKind: [IDEntry]] = [
    .network: [IDEntry(id: "1", labels: ["public_network", "public"]), IDEntry(id: "2", labels: ["My Private Net", "private"])],
    .floatingIP: [
        IDEntry(id: "8", labels: ["192.168.3.5", "server 141"]), IDEntry(id: "9", labels: ["192.168.3.6", "free"]),
        IDEntry(id: "10", labels: ["192.168.3.7", "free"]),
    ],
    .server: [IDEntry(id: "141", labels: ["Server 1", "ACTIVE"]), IDEntry(id: "142", labels: ["Server 1", "ACTIVE"])],
    .port: ["11", "12", "13", "14"].map { IDEntry(id: $0, labels: ["ACTIVE"]) },
]

/// The line after applying a completion edit at the end of `line`.
func completed(_ line: String, in group: String? = nil, ids: [IDKind: [IDEntry]] = tutorialIDs) -> String {
    let completer = Completer(catalog: .shared) { ids[$0] ?? [] }
    switch completer.complete(line, group: group).edit {
    case .insert(let deleting, let text):
        var scalars = Array(line.unicodeScalars)
        scalars.removeLast(deleting)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view) + text
    case .list: return "<list>"
    case .beep: return "<beep>"
    }
}

/// The candidates listed for `line` (empty when the edit is not a list).
func listed(_ line: String, in group: String? = nil) -> [Candidate] {
    let completer = Completer(catalog: .shared) { tutorialIDs[$0] ?? [] }
    if case .list(let candidates) = completer.complete(line, group: group).edit { return candidates }
    return []
}

@Suite("Completer")
struct CompleterTests {
    @Test func keypairNamesWithSpacesAreInsertedQuoted() {
        let keys: [IDKind: [IDEntry]] = [
            .keypair: [
                IDEntry(id: "My Uploaded Key", labels: ["aa:b7"]), IDEntry(id: "deploy-key", labels: []),
                IDEntry(id: "-rf", labels: []), IDEntry(id: "bell\u{7}", labels: []),
            ]
        ]
        #expect(completed("server create --key-name My", ids: keys) == "server create --key-name My\\ Uploaded\\ Key ")
        #expect(completed("server create --key-name \"My", ids: keys) == "server create --key-name \"My Uploaded Key\" ")
        #expect(completed("keypair info dep", ids: keys) == "keypair info deploy-key ")
        // A name that would read as an option, or echo a control character, is never offered.
        #expect(completed("keypair delete -", ids: keys) != "keypair delete -rf ")
        #expect(completed("keypair delete bel", ids: keys) == "<beep>")
        #expect(!IDKind.keypair.accepts("-rf") && !IDKind.keypair.accepts("bell\u{7}") && !IDKind.keypair.accepts(" lead"))
        #expect(IDKind.keypair.accepts("My Uploaded Key") && !IDKind.server.accepts("My Uploaded Key"))
    }

    @Test("first word: groups and built-ins at the top, verbs in a group")
    func firstWord() {
        #expect(completed("net") == "network ")
        #expect(completed("hel") == "help ")
        let top = listed("").map(\.value)
        #expect(top.starts(with: CommandCatalog.shared.groups.map(\.name)))
        #expect(top.contains("use") && top.contains("exit"))
        #expect(completed("att", in: "ip") == "attach ")
        let inIP = listed("", in: "ip").map(\.value)
        #expect(inIP.starts(with: ["list", "info", "create", "delete", "attach", "detach"]))
        #expect(listed("", in: "ip").first?.detail == "List reserved floating IPs")
    }

    @Test("verb after a group, from the top, with kamaki or / in front")
    func verbs() {
        #expect(completed("ip att") == "ip attach ")
        #expect(completed("kamaki ip att") == "kamaki ip attach ")
        #expect(completed("/net", in: "ip") == "/network ")
        #expect(completed("/ip det", in: "network") == "/ip detach ")
        #expect(completed("?att", in: "ip") == "?attach ")
        #expect(listed("port ").map(\.value) == ["list", "info", "create", "modify", "delete", "wait"])
    }

    @Test("a bare verb of another group completes when nothing else matches")
    func bareVerb() {
        #expect(completed("deta") == "detach ")
        #expect(completed("conn", in: "ip") == "connect ")
        #expect(completed("!ls") == "<beep>")
    }

    @Test("flags with their one-line descriptions; used ones drop out; globals only when typed")
    func flags() {
        let flags = listed("ip attach 9 --")
        #expect(flags.map(\.value).contains("--server-id"))
        #expect(flags.first { $0.value == "--server-id" }?.detail == "The server (default: the session's server).")
        #expect(flags.first { $0.value == "--wait" }?.detail == "(-w) Wait until the operation completes.")
        #expect(!flags.map(\.value).contains("--cloud"))
        #expect(!listed("ip attach 9 --wait --").map(\.value).contains("--wait"))
        #expect(completed("ip attach 9 --ser") == "ip attach 9 --server-id=")
        #expect(completed("ip attach 9 --wa") == "ip attach 9 --wait ")
        #expect(completed("ip attach 9 -w") == "ip attach 9 -w ")
        #expect(completed("ip list --clo") == "ip list --cloud=")
        #expect(completed("network connect 2 --device-id=141 --dev") == "network connect 2 --device-id=141 --device-id=")
        // A lone dash goes on to the flags' long names (it beeped), which the next Tab lists.
        #expect(completed("network list -") == "network list --")
        #expect(listed("network list --").map(\.value).contains("--details"))
        #expect(completed("network list -l") == "network list -l ")
        #expect(completed("tutorial n") == "tutorial network ")
        #expect(completed("network list --name=pub") == "network list --name=public_network ")
        #expect(completed("network list --name-like My") == "network list --name-like My\\ Private\\ Net ")
        #expect(completed("quota list --resource=cyclades.fl") == "quota list --resource=cyclades.floating_ip ")
        #expect(completed("tutorial st") == "tutorial stop ")
    }

    @Test("flag values: --output-format, statuses of the group, network types")
    func values() {
        #expect(listed("network list --output-format ").map(\.value) == ["json", "pretty_print", "yaml", "table"])
        #expect(completed("network list --output-format=j") == "network list --output-format=json ")
        #expect(listed("port wait 11 --until ").map(\.value) == ["BUILD", "ACTIVE", "DOWN", "ERROR"])
        #expect(completed("port wait 11 --until D") == "port wait 11 --until DOWN ")
        #expect(listed("server wait 141 --while=").map(\.value) == ["BUILD", "ACTIVE", "STOPPED", "REBOOT", "ERROR"])
        #expect(completed("network create --type I") == "network create --type IP_LESS_ROUTED ")
        #expect(completed("network create --name='My Pr") == "<beep>")
    }

    @Test("positional ids list with their addresses and status beside them")
    func positionalIDs() {
        let ips = listed("ip info ")
        #expect(ips.map(\.value) == ["8", "9", "10"])
        #expect(ips.map(\.detail) == ["192.168.3.5  server 141", "192.168.3.6  free", "192.168.3.7  free"])
        #expect(CandidateList.render(ips).hasPrefix("8   192.168.3.5  server 141\n9   192.168.3.6  free\n"))
        // Where a command can use only some: attach a free IP, detach an attached one, reserve from a public network.
        #expect(listed("attach ", in: "ip").map(\.value) == ["9", "10"])
        #expect(completed("ip detach ") == "ip detach 8 ")
        #expect(completed("ip create --network-id=") == "ip create --network-id=1 ")
        #expect(listed("network connect ").map(\.value) == ["1", "2"])
        #expect(completed("ip info 1") == "ip info 10 ")
        #expect(completed("network info ") == "<list>")
    }

    @Test("--server-id= and --network-id complete ids; the common prefix is inserted")
    func optionIDs() {
        #expect(completed("ip attach 9 --server-id=") == "ip attach 9 --server-id=14")
        #expect(completed("ip attach 9 --server-id=142") == "ip attach 9 --server-id=142 ")
        #expect(completed("ip attach 9 --server-id 14") == "<list>")
        #expect(completed("port create --network-id=") == "<list>")
        #expect(completed("port create --network-id=2") == "port create --network-id=2 ")
        #expect(completed("port info ") == "port info 1")
    }

    @Test("a typed name or address completes to its id")
    func aliases() {
        #expect(completed("ip attach 192.168.3.6") == "ip attach 9 ")
        #expect(completed("network info My") == "network info 2 ")
        #expect(completed("network info my priv") == "<beep>")
        #expect(completed("network info 'My Priv") == "network info 2 ")
        #expect(completed("use network My") == "use network 2 ")
        #expect(completed("network info publ") == "network info 1 ")
        #expect(completed("ip attach 3.7") == "ip attach 10 ")
    }

    @Test("use and unuse complete their kinds and ids")
    func builtins() {
        #expect(listed("use ").map(\.value) == ["network", "server", "cloud"])
        #expect(listed("unuse ").map(\.value) == ["network", "server"])
        #expect(completed("use se") == "use server ")
        #expect(completed("use server 14") == "<list>")
        #expect(completed("unuse n") == "unuse network ")
        #expect(completed("help i") == "<list>", "ip, image, imagecompute")
        #expect(completed("help ip") == "help ip ")
        #expect(completed("help k") == "help keypair ")
        #expect(completed("help ip att") == "help ip attach ")
    }

    @Test("use cloud completes the cloud names, never one with a control character or shell syntax")
    func cloudNames() {
        var completer = Completer(catalog: .shared) { _ in [] }
        completer.cloudNames = { _ in ["lab", "local", "default", "bell\u{7}", "$(touch x)", "-rf"] }
        #expect(completer.complete("use c", group: nil).edit == .insert(deleting: 1, text: "cloud "))
        #expect(completer.complete("use cloud lo", group: "ip").edit == .insert(deleting: 2, text: "local "))
        guard case .list(let candidates) = completer.complete("use cloud ", group: nil).edit else {
            Issue.record("no list")
            return
        }
        #expect(candidates.map(\.value) == ["lab", "local", "default"])
        #expect(completer.complete("use cloud x", group: nil).edit == .beep)
    }

    @Test("an empty cache lists nothing and beeps")
    func emptyCache() {
        #expect(completed("ip attach ", ids: [:]) == "<beep>")
    }

    @Test("values with blanks are escaped or kept in their quote")
    func quoting() {
        #expect(CompletionResult.quoted("My Net", open: nil, closing: true) == #"My\ Net"#)
        #expect(CompletionResult.quoted("My Net", open: "'", closing: true) == "'My Net'")
        #expect(CompletionResult.quoted(#"a"b"#, open: "\"", closing: false) == #""a\"b"#)
        #expect(CompletionResult.commonPrefix(["日本a", "日本b"]) == "日本")
    }
}

@Suite("Completer: server create --network")
struct ServerNetworkCompletionTests {
    /// Floating IPs as the cache holds them now: address, where attached, network.
    let ids: [IDKind: [IDEntry]] = [
        .network: tutorialIDs[.network] ?? [],
        .floatingIP: [
            IDEntry(id: "8", labels: ["192.168.3.5", "server 141", "network 1"]),
            IDEntry(id: "9", labels: ["192.168.3.6", "free", "network 1"]),
            IDEntry(id: "10", labels: ["10.0.0.7", "free", "network 2"]),
        ],
    ]

    func list(_ line: String) -> [Candidate] {
        let completer = Completer(catalog: .shared) { ids[$0] ?? [] }
        if case .list(let candidates) = completer.complete(line, group: nil).edit { return candidates }
        return []
    }

    @Test("network ids first, then after the comma the network's free IPs, as whole values")
    func networkThenAddress() {
        #expect(list("server create --network=").map(\.value) == ["1", "2"])
        #expect(list("server create --network ").map(\.value) == ["1", "2"])
        #expect(completed("server create --network=1,", ids: ids) == "server create --network=1,192.168.3.6 ")
        #expect(completed("server create --network 2,", ids: ids) == "server create --network 2,10.0.0.7 ")
        #expect(completed("server create --network=id=1,", ids: ids) == "server create --network=id=1,192.168.3.6 ")
        #expect(completed("server create --network=7,", ids: ids) == "<beep>", "no free IP on network 7")
        // A cache written before IPs carried their network: every free IP.
        #expect(completed("server create --network=1,192.168.3.6", ids: tutorialIDs) == "server create --network=1,192.168.3.6 ")
        #expect(completed("server create --network=1,") == "server create --network=1,192.168.3.")
        #expect(listed("server create --network=1,192.168.3.").map(\.value) == ["1,192.168.3.6", "1,192.168.3.7"])
    }

    @Test("ip attach still offers only free IPs when the labels carry the network")
    func attachFree() {
        #expect(list("ip attach ").map(\.value) == ["9", "10"])
    }
}
