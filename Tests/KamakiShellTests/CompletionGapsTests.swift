import Foundation
import KamakiCommands
import KamakiTestSupport
import Testing

@testable import KamakiShell

/// Issue 16 item 15: file paths, cloud names, config keys, help prefixes, short flags, aligned labels,
/// and the public network left out of `network delete`.
@Suite("Completer: files, clouds, config keys")
struct CompletionGapsTests {
    /// A folder with `alpha.conf`, `alpine/` (holding `inner.pem`), `beta.pem` and `.hidden`.
    static func folder() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "kamaki-paths")
        try FileManager.default.createDirectory(atPath: folder.path + "/alpine", withIntermediateDirectories: true)
        for file in ["alpha.conf", "alpine/inner.pem", "beta.pem", ".hidden"] {
            try "x".write(toFile: folder.path + "/" + file, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A config with the clouds `lab` and `prod`, and a key of its own in `[global]`.
    static func config() throws -> ConfigFile {
        var config = ConfigFile(path: "/nonexistent/.kamakirc")
        try config.set("cloud.lab.url", "https://lab.example/identity/v2.0")
        try config.set("cloud.lab.token", "t")
        try config.set("cloud.prod.url", "https://prod.example/identity/v2.0")
        try config.set("global.default_cloud", "lab")
        return config
    }

    func completer(in folder: String? = nil, config: ConfigFile? = nil) -> Completer {
        var completer = Completer(catalog: .shared) { tutorialIDs[$0] ?? [] }
        completer.paths = PathCompleter(workingDirectory: folder)
        completer.config = { config }
        let nowhere = RunEnvironment(
            variables: ["KAMAKI_OPENSTACK_SYSTEM_CONFIG": "/nonexistent"], homeDirectory: "/nonexistent", workingDirectory: "/nonexistent")
        completer.cloudNames = { CloudNames.list($0, config: config, environment: nowhere, local: true) }
        return completer
    }

    func edit(_ line: String, _ completer: Completer, in group: String? = nil) -> String {
        switch completer.complete(line, group: group).edit {
        case .insert(let deleting, let text): String(line.unicodeScalars.dropLast(deleting).map(Character.init)) + text
        case .list(let candidates): "<list " + candidates.map(\.value).joined(separator: " ") + ">"
        case .beep: "<beep>"
        }
    }

    @Test("file paths after -c, --config, --ca-certs, -p and after !cmd; a folder takes no space after it")
    func filePaths() throws {
        let folder = try Self.folder()
        let files = completer(in: folder.path)
        #expect(edit("network list -c alph", files) == "network list -c alpha.conf ")
        #expect(edit("network list -c alpi", files) == "network list -c alpine/")
        #expect(edit("network list -c alpine/", files) == "network list -c alpine/inner.pem ")
        #expect(edit("network list -c al", files) == "network list -c alp")
        #expect(edit("network list -c alp", files) == "<list alpha.conf alpine/>")
        #expect(edit("network list --config=be", files) == "network list --config=beta.pem ")
        #expect(edit("ip list --ca-certs b", files) == "ip list --ca-certs beta.pem ")
        #expect(edit("server create -p be", files) == "server create -p beta.pem ")
        #expect(edit("server create --personality al", files) == "server create --personality alp")
        #expect(edit("!cat bet", files) == "!cat beta.pem ")
        #expect(edit("! ls alpine/i", files) == "! ls alpine/inner.pem ")
        #expect(edit("shell cat alpha", files) == "shell cat alpha.conf ")
        // Before a group, at the top, and with an absolute path.
        #expect(edit("-c alph", files) == "-c alpha.conf ")
        #expect(edit("kamaki --ca-certs alph", files) == "kamaki --ca-certs alpha.conf ")
        #expect(edit("network list -c \(folder.path)/bet", completer()) == "network list -c \(folder.path)/beta.pem ")
        // Hidden entries only once a dot is typed; nothing that is not there; no fuzzy match of paths.
        #expect(edit("network list -c .hi", files) == "network list -c .hidden ")
        #expect(!edit("network list -c ", files).contains(".hidden"))
        #expect(edit("network list -c nosuch/", files) == "<beep>")
        #expect(edit("network list -c pem", files) == "<beep>")
    }

    @Test("the catalog marks the options that take a file")
    func fileOptions() {
        let catalog = CommandCatalog.shared
        #expect(catalog.verb("network", "list")?.option("-c")?.takesFile == true)
        #expect(catalog.verb("network", "list")?.option("--ca-certs")?.takesFile == true)
        #expect(catalog.verb("server", "create")?.option("-p")?.takesFile == true)
        #expect(catalog.verb("network", "list")?.option("--name")?.takesFile == false)
        #expect(catalog.globalOptions.first { $0.names.contains("--config") }?.takesFile == true)
    }

    @Test("cloud names after --cloud: the configured ones and local")
    func cloudNames() throws {
        let clouds = completer(config: try Self.config())
        #expect(edit("network list --cloud ", clouds) == "<list lab prod local>")
        #expect(edit("network list --cloud p", clouds) == "network list --cloud prod ")
        #expect(edit("network list --cloud=la", clouds) == "network list --cloud=lab ")
        #expect(edit("--cloud pr", clouds) == "--cloud prod ")
        #expect(edit("network list --cloud l", completer()) == "network list --cloud local ", "no config: the embedded cloud")
    }

    @Test("config keys after config get/set/delete, cloud.NAME. parts included")
    func configKeys() throws {
        let keys = completer(config: try Self.config())
        #expect(edit("config get default_c", keys) == "config get default_cloud ")
        #expect(edit("config get hist", keys) == "config get history_")
        #expect(
            edit("config get cloud.lab.", keys)
                == "<list cloud.lab.url cloud.lab.token cloud.lab.pithos_container cloud.lab.pithos_id cloud.lab.username "
                + "cloud.lab.user_id cloud.lab.password cloud.lab.user_domain_name cloud.lab.project_name cloud.lab.project_id "
                + "cloud.lab.project_domain_name cloud.lab.application_credential_id cloud.lab.application_credential_secret "
                + "cloud.lab.region_name cloud.lab.interface>", "kamaki's keys, then OpenStack's")
        #expect(edit("config get cloud.lab.ur", keys) == "config get cloud.lab.url ")
        #expect(edit("config set cloud.lab.application_credential_s", keys) == "config set cloud.lab.application_credential_secret ")
        #expect(edit("config delete cloud.p", keys) == "config delete cloud.prod")
        #expect(edit("config get cl", keys) == "config get cloud")
        #expect(edit("config set cloud.new.to", keys) == "config set cloud.new.token ", "a cloud being made")
        #expect(edit("set ca_", keys, in: "config") == "set ca_certs ")
        #expect(edit("config set default_cloud ", keys) == "<beep>", "the value is the user's")
        #expect(ConfigKeys.candidates(nil, verb: "set").contains("ignore_ssl"))
        #expect(!ConfigKeys.candidates(try Self.config(), verb: "set").contains("cloud.lab"), "set takes a key, not a section")
    }

    @Test("?att and help att complete a verb of one group; -<Tab> shows short flags beside long ones")
    func helpAndShortFlags() {
        #expect(completed("?att") == "?attach ")
        #expect(completed("help att") == "help attach ")
        #expect(completed("? deta") == "? detach ")
        #expect(completed("?netw") == "?network ")
        #expect(completed("?quo") == "?quota ")
        let flags = listed("network list --")
        #expect(flags.first { $0.value == "--details" }?.detail == "(-l) Show every field.")
        #expect(listed("flavor list --").first { $0.value == "--number" }?.detail == "(-n) Show at most this many.")
        #expect(completed("network list -l") == "network list -l ")
    }

    @Test("network delete does not offer the public network")
    func publicNetworkIsNotDeletable() {
        #expect(completed("network delete ") == "network delete 2 ")
        #expect(completed("delete ", in: "network") == "delete 2 ")
        #expect(listed("network info ").map(\.value) == ["1", "2"])
        let onlyPublic: [IDKind: [IDEntry]] = [.network: [IDEntry(id: "1", labels: ["public_network", "public"])]]
        #expect(completed("network delete ", ids: onlyPublic) == "network delete 1 ", "none deletable: all, as for other filters")
    }

    @Test("candidate lists align every label column")
    func alignedColumns() {
        let candidates = [
            Candidate("1", aliases: ["Public", "public"]), Candidate("22", aliases: ["My Private Net", "private"]),
            Candidate("3", aliases: ["x"]),
        ]
        #expect(CandidateList.render(candidates) == "1   Public          public\n22  My Private Net  private\n3   x\n")
        let described = [Candidate("--details", detail: "Show every field."), Candidate("-n", detail: "Show at most this many.")]
        #expect(CandidateList.render(described) == "--details  Show every field.\n-n         Show at most this many.\n")
        // Escaped labels are measured as shown.
        #expect(
            CandidateList.render([Candidate("1", aliases: ["a\u{1b}", "b"]), Candidate("2", aliases: ["cccc", "d"])])
                == "1  a\\x1b  b\n2  cccc   d\n")
    }

    @Test("-c after --output-format table offers columns, not files")
    func tableColumns() throws {
        let folder = try Self.folder()
        let files = completer(in: folder.path)
        #expect(edit("network list --output-format table -c na", files) == "network list --output-format table -c name ")
        #expect(edit("network list --output-format=TABLE -c sta", files) == "network list --output-format=TABLE -c status ")
        #expect(edit("network list --output-format json -c alph", files) == "network list --output-format json -c alpha.conf ")
        #expect(edit("network list --output-format ", files) == "<list json pretty_print yaml table>")
    }
}
