import ArgumentParser
import EmbeddedLocalCloud
import Foundation
import KamakiAPI
import Testing
import Yams

@testable import KamakiCommands

/// Issue 16 item 16: `--output-format json|pretty_print|yaml|table`, `-c COLUMN` for tables, and `-l`
/// on every list, one-shot (the shell runs the same runner).
@Suite struct OutputFormatTests {
    /// The tutorial's world with a floating IP and a port (on network 2, to server 141); their ids.
    func world(_ h: CommandHarness) async throws -> (ip: String, port: String) {
        #expect(await h.run("ip", "create", "--network-id", "1").status == 0)
        #expect(await h.run("network", "create", "--name", "net").status == 0)
        #expect(await h.run("network", "connect", "2", "--device-id", "141").status == 0)
        let ips = try JSON.parse(await h.run("ip", "list", "--output-format", "json").out)
        let ports = try JSON.parse(await h.run("port", "list", "--output-format", "json").out)
        return (try #require(ips.arrayValue?.first?["id"]?.stringValue), try #require(ports.arrayValue?.first?["id"]?.stringValue))
    }

    /// The text with the embedded cloud's port (each one-shot run starts it anew) left out of its links.
    func stable(_ text: String) -> String {
        text.replacing(/127\.0\.0\.1:[0-9]+/, with: "127.0.0.1:PORT")
    }

    @Test("yaml holds what json holds, keys in the same order: lists and infos of networks, servers, IPs, ports")
    func yamlMatchesJSON() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let (ip, port) = try await world(h)
        let lines = [
            ["network", "list"], ["network", "info", "1"], ["server", "list"], ["server", "list", "-l"], ["server", "info", "141"],
            ["ip", "list"], ["ip", "info", ip], ["port", "list"], ["port", "info", port], ["subnet", "info", "53"], ["quota", "list"],
        ]
        for line in lines {
            let json = await h.run(line + ["--output-format", "json"])
            let yaml = await h.run(line + ["--output-format", "yaml"])
            #expect(json.status == 0 && yaml.status == 0, "\(line): \(json.err) \(yaml.err)")
            let expected = try JSON.parse(stable(json.out))
            let read = try #require(try Yams.compose(yaml: stable(yaml.out)), "\(line)")
            #expect(YAMLBack.json(read) == expected, "\(line):\n\(yaml.out)")
            #expect(YAMLBack.keys(read) == YAMLBack.keys(expected), "\(line): the key order")
        }
    }

    @Test("yaml quotes strings that would read as other types, and escapes control characters")
    func yamlQuotingAndControls() throws {
        let value = JSON.object(
            JSONObject([
                ("yes", .string("true")), ("number", .string("12")), ("null", .string("null")), ("int", .int(12)), ("bool", .bool(false)),
                ("none", .null), ("name", .string("Δίκτυο")), ("evil", .string("a\u{1b}[2Jb\u{85}c\u{202e}d")),
            ]))
        let text = try YAMLText.render(value)
        #expect(YAMLBack.json(try #require(try Yams.compose(yaml: text))) == value, "\(text)")
        #expect(!TerminalText.containsControl(text.replacingOccurrences(of: "\n", with: "")), "\(text)")
        #expect(text.contains("'yes': 'true'") && text.contains("number: '12'") && text.contains("int: 12"))
        // Without a control character, non-ASCII text is written as it is.
        #expect(try YAMLText.render(.object(JSONObject([("name", .string("Δίκτυο"))]))) == "name: Δίκτυο\n")
    }

    @Test("table: a row per resource, -c picks columns (repeatable, comma-separated, any case)")
    func tableOfAList() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let servers = try JSON.parse(await h.run("server", "list", "-l", "--output-format", "json").out).arrayValue ?? []
        let table = await h.run("server", "list", "--output-format", "table", "-c", "id", "-c", "NAME,status")
        #expect(table.status == 0, "\(table.err)")
        let lines = table.out.split(separator: "\n").map(String.init)
        try #require(lines.count == servers.count + 4 && servers.count > 0, "\(table.out)")
        #expect(lines[1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } == ["id", "name", "status"])
        #expect(Set(lines.map(\.count)).count == 1, "aligned:\n\(table.out)")
        #expect(lines[0].hasPrefix("+----") && lines[2] == lines[0] && lines.last == lines[0])
        for (server, line) in zip(servers, lines[3...]) {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells == ["id", "name", "status"].map { TableText.cell(server[$0]) })
        }
        // Without -c: every field any of them has but links (the id again, as URLs); -c links shows them.
        let all = await h.run("network", "list", "--output-format", "TABLE")
        let header = all.out.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        let short = await h.run("server", "list", "--output-format", "table")
        #expect(short.out.split(separator: "\n")[1] == "| id  | name     |", "without -c, a list's own fields: \(short.out)")
        #expect(!header.contains(" links "), "\(header)")
        let linked = await h.run("server", "list", "--output-format", "table", "-c", "id", "-c", "links")
        #expect(linked.out.split(separator: "\n")[1].hasPrefix("| id  | links "), "\(linked.out)")
        for field in ["id", "name", "status", "router:external", "subnets", "public"] {
            #expect(header.contains(" \(field) "), "\(header)")
        }
        // The same in the kamaki 0.16 joined spelling, and with --column.
        let joined = await h.run("network", "list", "--output-format=table", "-cid")
        let long = await h.run("network", "list", "--output-format", "table", "--column", "id")
        #expect(joined.out == long.out)
        #expect(joined.out.hasPrefix("+----+\n| id |\n+----+\n| 1  |\n"), "\(joined.out)")
    }

    @Test("table of one resource: Field and Value rows; kamaki's wrapped JSON is shown unwrapped")
    func tableOfOneResource() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let (_, port) = try await world(h)
        let info = await h.run("network", "info", "1", "--output-format", "table", "-c", "name", "-c", "status")
        #expect(info.status == 0, "\(info.err)")
        #expect(
            info.out == """
                +--------+----------------+
                | Field  | Value          |
                +--------+----------------+
                | name   | public_network |
                | status | ACTIVE         |
                +--------+----------------+

                """)
        let subnet = await h.run("subnet", "info", "53", "--output-format", "table", "-c", "cidr")
        #expect(subnet.out.contains("| cidr  | 192.168.3.0/24 |"), "\(subnet.out)")
        let fixed = await h.run("port", "info", port, "--output-format", "table", "-c", "fixed_ips")
        #expect(fixed.status == 0 && fixed.out.contains("| fixed_ips | "), "\(fixed.err)")
        let nested = await h.run("network", "info", "1", "--output-format", "table", "-c", "subnets")
        #expect(nested.out.contains(#"| subnets | ["53"] |"#), "nested values as compact JSON: \(nested.out)")
        let ip = await h.run("ip", "list", "--output-format", "table", "-c", "floating_ip_address,instance_id")
        #expect(ip.status == 0 && ip.out.contains("| floating_ip_address | instance_id |"), "\(ip.out)")
        let quota = await h.run("quota", "list", "--output-format", "table", "-c", "resource,usage,limit")
        #expect(quota.out.contains("| cyclades.disk "), "a row per resource: \(quota.out)")
    }

    @Test("bad formats, unknown columns and -c without a table are usage errors that print nothing")
    func errors() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let format = await h.run("network", "list", "--output-format", "xml")
        #expect(format.status == 2 && format.out.isEmpty)
        for choice in ["json", "pretty_print", "yaml", "table"] { #expect(format.err.contains("'\(choice)'"), "\(format.err)") }
        let column = await h.run("network", "list", "--output-format", "table", "-c", "id", "-c", "bogus")
        #expect(column.status == 2 && column.out.isEmpty, "\(column)")
        #expect(
            column.err.contains(#"Unknown column "bogus""#) && column.err.contains("The columns are: id, name, links")
                && column.err.contains("router:external"), "\(column.err)")
        let field = await h.run("server", "info", "141", "--output-format", "table", "-c", "nosuch")
        #expect(field.status == 2 && field.out.isEmpty && field.err.contains(#"Unknown field "nosuch""#), "\(field.err)")
        let noTable = await h.run("network", "list", "--column", "id")
        #expect(noTable.status == 2 && noTable.err.contains("add --output-format table"), "\(noTable.err)")
        let jsonColumns = await h.run("network", "list", "--output-format", "json", "--column", "id")
        #expect(jsonColumns.status == 2 && jsonColumns.out.isEmpty)
        // -c without a table is kamaki's --config, as in 0.16; a missing file says how to pick columns.
        let config = await h.run("network", "list", "-c", "id")
        #expect(config.status == 1 && config.err.contains("does not exist") && config.err.contains("--output-format table -c id"))
        let hostile = await h.run("network", "list", "--output-format", "table", "-c", "\u{1b}[2J")
        #expect(hostile.status == 2 && !TerminalText.containsControl(hostile.err.replacingOccurrences(of: "\n", with: "")))
    }

    @Test("pretty_print is the usual text; -l works on ip list and quota list")
    func prettyPrintAndDetails() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        _ = try await world(h)
        for line in [["network", "list"], ["network", "info", "1"], ["server", "list"], ["port", "list"]] {
            let text = await h.run(line)
            let pretty = await h.run(line + ["--output-format", "pretty_print"])
            #expect(text.status == 0 && stable(pretty.out) == stable(text.out), "\(line)")
        }
        for line in [["ip", "list"], ["quota", "list"]] {
            let plain = await h.run(line)
            for flag in ["-l", "--details"] {
                let detailed = await h.run(line + [flag])
                #expect(detailed.status == 0 && detailed.out == plain.out && !plain.out.isEmpty, "\(line) \(flag): \(detailed.err)")
            }
        }
    }

    @Test("cloud text in a table is escaped")
    func tableEscapesCloudText() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0))
        let name = "red\u{1b}[31m\u{202e}x\ny"
        #expect(await h.run("network", "create", "--name", name).status == 0)
        let table = await h.run("network", "list", "--output-format", "table", "-c", "name")
        #expect(table.out.contains(#"| red\x1b[31m\u{202e}x\ny |"#), "\(table.out)")
        #expect(!TerminalText.containsControl(table.out.replacingOccurrences(of: "\n", with: "")))
        let yaml = await h.run("network", "list", "--output-format", "yaml")
        #expect(!TerminalText.containsControl(yaml.out.replacingOccurrences(of: "\n", with: "")), "\(yaml.out)")
        let back = YAMLBack.json(try #require(try Yams.compose(yaml: yaml.out)))
        #expect(back.arrayValue?.contains { $0["name"]?.stringValue == name } == true, "the name reads back as it is")
    }

    @Test("every command with --output-format hands it to the renderer")
    func everyFormattedCommandIsListed() {
        func leaves(_ command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
            let subcommands = command.configuration.subcommands
            return subcommands.isEmpty ? [command] : subcommands.flatMap(leaves)
        }
        let missing = leaves(Kamaki.self).filter { type in
            type.helpMessage().contains("--output-format") && !(type is any FormattedCommand.Type)
        }
        #expect(missing.isEmpty, "\(missing)")
        #expect(leaves(Kamaki.self).count { $0 is any FormattedCommand.Type } >= 40)
    }
}

/// A YAML node read back as JSON, by the tags Yams resolves, to compare with `--output-format json`.
enum YAMLBack {
    static func json(_ node: Node) -> JSON {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { return .string(scalar.string) }
            if node.null != nil { return .null }
            if let bool = node.bool { return .bool(bool) }
            if let int = node.int { return .int(Int64(int)) }
            if let double = node.float { return .double(double) }
            return .string(scalar.string)
        case .sequence(let sequence): return .array(sequence.map(json))
        case .mapping(let mapping): return .object(JSONObject(mapping.map { (json($0.key).stringValue ?? "", json($0.value)) }))
        case .alias: return .null
        }
    }

    /// Every object's keys in order, depth first.
    static func keys(_ node: Node) -> [String] {
        switch node {
        case .sequence(let sequence): sequence.flatMap(keys)
        case .mapping(let mapping): mapping.flatMap { [$0.key.string ?? ""] + keys($0.value) }
        default: []
        }
    }

    static func keys(_ value: JSON) -> [String] {
        switch value {
        case .array(let items): items.flatMap(keys)
        case .object(let object): object.flatMap { [$0.key] + keys($0.value) }
        default: []
        }
    }
}
