import KamakiCommands
import Testing

/// The upgrade alarm: the catalog reads swift-argument-parser's underscored `_dumpHelp()` JSON
/// and renders help for every node; these fail if an upgrade changes either.
@Suite("Command catalog")
struct CommandCatalogTests {
    @Test("the help dump decodes into the catalog")
    func dumpDecodes() throws {
        let catalog = try CommandCatalog.build()
        #expect(catalog.groups.map(\.name).starts(with: ["network", "subnet", "port", "ip", "server", "quota"]))
        #expect(catalog.globalOptions.contains { $0.names.contains("--cloud") && $0.takesValue })
        #expect(catalog == CommandCatalog.shared)
    }

    @Test("every registry node renders its help", arguments: CommandCatalog.allPaths)
    func helpRenders(path: [String]) throws {
        let text = try #require(CommandCatalog.helpMessage(for: path, columns: 100))
        #expect(text.contains("USAGE:"))
        if let last = path.last { #expect(text.contains(last)) }
    }

    @Test("every group and verb of the registry is in the catalog")
    func complete() {
        let paths = CommandCatalog.allPaths.filter { $0.count == 2 }
        for path in paths {
            #expect(CommandCatalog.shared.verb(path[0], path[1]) != nil, "\(path)")
        }
        #expect(CommandCatalog.helpMessage(for: ["nothing"]) == nil)
    }

    @Test("verbs carry usage, positionals with id kinds, and option spellings")
    func verbDetails() throws {
        let attach = try #require(CommandCatalog.shared.verb("ip", "attach"))
        #expect(attach.abstract == "Attach an IP on a virtual server")
        #expect(attach.usage == "attach <ip> [options]")
        #expect(attach.positionals.map(\.idKind) == [.floatingIP])
        let wait = try #require(attach.option("-w"))
        #expect(wait.names == ["--wait", "-w"])
        #expect(!wait.takesValue)
        #expect(attach.option("--server-id")?.idKind == .server)
        #expect(attach.option("--subnet-id")?.idKind == .subnet)
        #expect(attach.option("--cloud")?.isGlobal == true)
        let connect = try #require(CommandCatalog.shared.verb("network", "connect"))
        #expect(connect.option("--device-id")?.repeatable == true)
        #expect(connect.option("--device-id")?.idKind == .server)
        #expect(connect.positionals.first?.idKind == .network)
        #expect(CommandCatalog.shared.verb("port", "create")?.option("--network-id")?.idKind == .network)
        #expect(CommandCatalog.shared.verb("history", "show")?.positionals.first?.idKind == nil)
    }

    @Test("value choices: output format, statuses by group, network types")
    func choices() {
        let catalog = CommandCatalog.shared
        #expect(catalog.verb("network", "list")?.option("--output-format")?.choices == ["json"])
        #expect(catalog.verb("port", "wait")?.option("--until")?.choices == ["BUILD", "ACTIVE", "DOWN", "ERROR"])
        #expect(catalog.verb("server", "wait")?.option("--while")?.choices == ["BUILD", "ACTIVE", "STOPPED", "REBOOT", "ERROR"])
        #expect(catalog.verb("network", "create")?.option("--type")?.choices == ["MAC_FILTERED", "CUSTOM", "IP_LESS_ROUTED", "PHYSICAL_VLAN"])
    }
}
