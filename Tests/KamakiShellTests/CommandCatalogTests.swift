import ArgumentParser
import Foundation
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

    /// Every argument declared with a live-id completion has an id kind in the catalog (read
    /// from its declaration, so a new id option needs no table of spellings), and no other does.
    @Test("id kinds come from each argument's declared completion and value name")
    func idKindsFromDeclarations() throws {
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(Kamaki._dumpHelp().utf8)) as? [String: Any])
        let root = try #require(dump["command"] as? [String: Any])
        var checked = 0
        for group in root["subcommands"] as? [[String: Any]] ?? [] {
            for leaf in group["subcommands"] as? [[String: Any]] ?? [] {
                guard let groupName = group["commandName"] as? String, let verbName = leaf["commandName"] as? String,
                    let verb = CommandCatalog.shared.verb(groupName, verbName)
                else { continue }
                for argument in leaf["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
                    // `config get/set/delete OPTION` complete option keys from the config file, not ids.
                    let custom =
                        (argument["completionKind"] as? [String: Any])?.keys.contains { $0.hasPrefix("custom") } == true
                        && groupName != "config"
                    let valueName = argument["valueName"] as? String
                    let kind: IDKind??
                    if argument["kind"] as? String == "positional" {
                        kind = verb.positionals.first { $0.name == valueName }.map(\.idKind)
                    } else {
                        let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                        kind = names.lazy.compactMap { verb.option("--" + $0) ?? verb.option("-" + $0) }.first.map(\.idKind)
                    }
                    guard let kind else { continue }
                    #expect((kind != nil) == custom, "\(groupName) \(verbName) <\(valueName ?? "?")>")
                    if custom { checked += 1 }
                }
            }
        }
        #expect(checked >= 27, "every id argument of the registry was seen: \(checked)")
    }

    @Test("value choices: output format, statuses by group, network types")
    func choices() {
        let catalog = CommandCatalog.shared
        #expect(catalog.verb("network", "list")?.option("--output-format")?.choices == ["json", "pretty_print", "yaml", "table"])
        #expect(catalog.verb("port", "wait")?.option("--until")?.choices == ["BUILD", "ACTIVE", "DOWN", "ERROR"])
        #expect(catalog.verb("server", "wait")?.option("--while")?.choices == ["BUILD", "ACTIVE", "STOPPED", "REBOOT", "ERROR"])
        #expect(
            catalog.verb("network", "create")?.option("--type")?.choices == ["MAC_FILTERED", "CUSTOM", "IP_LESS_ROUTED", "PHYSICAL_VLAN"])
    }
}
