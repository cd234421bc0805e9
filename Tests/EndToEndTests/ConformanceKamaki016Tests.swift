import Foundation
import KamakiTestSupport
import Testing

/// The published kamaki 0.16 (Python 2) runs the networking tutorial, one-shot command after command,
/// against the built `kamaki-cloud`, unchanged.
@Suite struct ConformanceKamaki016Tests {
    @Test(
        .enabled(if: Kamaki016.executable != nil, "kamaki 0.16 is not installed and python2.7 was not found: skipped"),
        .enabled(if: BuiltProducts.isBuilt("kamaki-cloud"), "kamaki-cloud is not built"))
    func tutorialWithKamaki016() async throws {
        try await withTemporaryDirectory { home in
            let cloud = try await LocalCloudProcess.launch(
                ["--port", "0", "--seed", "tutorial", "--settle", "0.5", "--state", home + "/state.sqlite"])
            defer { cloud.stop() }
            let kamaki = Kamaki016(home: home)
            #expect(try await kamaki.run("config", "set", "cloud.default.url", cloud.url).status == 0)
            #expect(try await kamaki.run("config", "set", "cloud.default.token", cloud.tokens[0]).status == 0)

            let servers = try await kamaki.run("server", "list")
            #expect(servers.status == 0 && servers.lines == ["141 Server 1", "142 Server 1"])
            // What kamaki's server info reads besides the server: /ips, /stats, /diagnostics.
            let nics = try await kamaki.run("server", "info", "141", "--nics")
            #expect(nics.status == 0 && nics.lines.first == "addresses:", "\(nics.err)")
            let stats = try await kamaki.run("server", "info", "141", "--stats")
            #expect(stats.status == 0 && stats.fields["serverRef"] == "141", "\(stats.err)")
            #expect(try await kamaki.run("server", "info", "141", "--diagnostics").status == 0)
            #expect(try await kamaki.run("network", "list").lines == ["1 public_network ( public )"])
            let created = try await kamaki.run("network", "create", "--name=My Private Net")
            #expect(created.status == 0 && created.fields["id"] == "2" && created.fields["type"] == "MAC_FILTERED")
            let connect = try await kamaki.run("network", "connect", "2", "--device-id=141", "--device-id=142")
            #expect(connect.status == 0 && connect.itemIDs == ["11", "12"])
            let longList = try await kamaki.run("network", "list", "-l")
            #expect(longList.status == 0 && longList.itemIDs == ["1", "2"])

            let ip8 = try await kamaki.run("ip", "create", "--network-id=1")
            #expect(ip8.status == 0 && ip8.fields["id"] == "8" && ip8.fields["floating_ip_address"] == "192.168.3.5")
            let attach8 = try await kamaki.run("ip", "attach", "8", "--server-id=141", "--wait")
            #expect(attach8.status == 0 && attach8.itemIDs == ["13"])
            #expect(attach8.fields["status"] == "ACTIVE" && attach8.fields["ip_address"] == "192.168.3.5")
            let again = try await kamaki.run("ip", "attach", "8", "--server-id=142", "--wait")
            #expect(again.status == 1 && again.err.contains("(409)") && again.err.contains("IP address '192.168.3.5' is already in use"))

            let ip9 = try await kamaki.run("ip", "create", "--network-id=1")
            #expect(ip9.fields["id"] == "9" && ip9.fields["floating_ip_address"] == "192.168.3.6")
            let attach9 = try await kamaki.run("ip", "attach", "9", "--server-id=141", "--wait")
            #expect(attach9.status == 0 && attach9.itemIDs == ["14"] && attach9.fields["ip_address"] == "192.168.3.6")
            let ports = try await kamaki.run("port", "list", "-l")
            #expect(ports.status == 0 && ports.itemIDs == ["11", "12", "13", "14"])
            #expect(ports.out.components(separatedBy: "status: ACTIVE").count - 1 == 4)

            let detach = try await kamaki.run("ip", "detach", "9", "--wait")
            #expect(detach.status == 0 && detach.err.contains("Port 14 is deleted"))
            let move = try await kamaki.run("ip", "attach", "9", "--server-id=142", "--wait")
            #expect(move.status == 0 && move.fields["device_id"] == "142" && move.fields["ip_address"] == "192.168.3.6")

            let quota = try await kamaki.run("quota", "list")
            #expect(quota.status == 0 && quota.usage(of: "cyclades.floating_ip") == "2")
            #expect(quota.usage(of: "pithos.diskspace") == "1.43GiB" && quota.usage(of: "cyclades.disk") == "80GiB")
            let ip10 = try await kamaki.run("ip", "create", "--network-id=1")
            #expect(ip10.fields["id"] == "10" && ip10.fields["floating_ip_address"] == "192.168.3.7")
            let overQuota = try await kamaki.run("ip", "create", "--network-id=1")
            #expect(overQuota.status == 1 && overQuota.err.contains("(413) REQUEST ENTITY TOO LARGE"))
            #expect(
                overQuota.err.contains("Limit for resource 'Floating IP address' exceeded for your account. Available: 0, Requested: 1"))
            #expect(try await kamaki.run("ip", "delete", "10").status == 0)

            let deletePublic = try await kamaki.run("network", "delete", "1")
            #expect(
                deletePublic.status == 1 && deletePublic.err.contains("403")
                    && deletePublic.err.contains("Cannot delete the public network."))
            let inUse = try await kamaki.run("network", "delete", "2")
            #expect(inUse.status == 1 && inUse.err.contains("Network with id 2 is in use"))
            let disconnect = try await kamaki.run("network", "disconnect", "2", "--device-id=141", "--device-id=142", "--wait")
            #expect(
                disconnect.status == 0 && disconnect.err.contains("Port 11 is deleted") && disconnect.err.contains("Port 12 is deleted"))
            #expect(try await kamaki.run("network", "delete", "2").status == 0)
            #expect(try await kamaki.run("network", "list").lines == ["1 public_network ( public )"])
        }
    }
}

/// Runs the real kamaki 0.16 with a throw-away HOME.
struct Kamaki016 {
    static let installed = "/opt/kamaki-py2/bin/kamaki"

    /// The kamaki 0.16 executable, installing it first if Python 2.7 is there; `nil` when it cannot be had.
    static let executable: String? = {
        if FileManager.default.isExecutableFile(atPath: installed) { return installed }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/tools/install-kamaki-py2.sh").path
        guard FileManager.default.fileExists(atPath: script) else { return nil }
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/bin/bash")
        install.arguments = [script]
        guard (try? install.run()) != nil else { return nil }
        install.waitUntilExit()
        return install.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: installed) ? installed : nil
    }()

    let home: String

    struct Outcome {
        var status: Int32
        var out: String
        var err: String

        /// Non-empty stdout lines, trimmed.
        var lines: [String] { out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        /// Ids of listed items: unindented lines that start with a number.
        var itemIDs: [String] {
            out.split(separator: "\n").filter { $0.first?.isNumber == true }.compactMap { $0.split(separator: " ").first.map(String.init) }
        }
        /// Unindented lines that are not `key: value`: the `id name` lines of a list.
        var items: [String] {
            out.split(separator: "\n").filter { $0.first?.isWhitespace == false && !$0.contains(": ") }.map(String.init)
        }
        /// `key: value` lines (kamaki prints dicts in arbitrary order); the first occurrence of a key wins.
        var fields: [String: String] {
            var result: [String: String] = [:]
            for line in out.split(separator: "\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let key = parts[0].trimmingCharacters(in: .whitespaces)
                if result[key] == nil { result[key] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
            return result
        }
        /// The unindented `key: value` lines: a resource's own fields, not those of the dicts nested in it.
        var topFields: [String: String] {
            var result: [String: String] = [:]
            for line in out.split(separator: "\n") where line.first?.isWhitespace == false {
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let key = String(parts[0])
                if result[key] == nil { result[key] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
            return result
        }
        /// The `usage:` printed under a quota resource.
        func usage(of resource: String) -> String? {
            let all = out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let start = all.firstIndex(of: resource + ":") else { return nil }
            return all[(start + 1)...].prefix(6).first { $0.hasPrefix("usage: ") }.map { String($0.dropFirst(7)) }
        }
    }

    func run(_ arguments: String...) async throws -> Outcome { try await run(arguments) }

    func run(_ arguments: [String]) async throws -> Outcome {
        let home = self.home
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Result {
                        let process = Process()
                        process.executableURL = URL(fileURLWithPath: Kamaki016.executable ?? Kamaki016.installed)
                        process.arguments = arguments
                        var environment = ProcessInfo.processInfo.environment
                        environment["HOME"] = home
                        process.environment = environment
                        let out = Pipe()
                        let err = Pipe()
                        process.standardOutput = out
                        process.standardError = err
                        try process.run()
                        let outData = out.fileHandleForReading.readDataToEndOfFile()
                        let errData = err.fileHandleForReading.readDataToEndOfFile()
                        process.waitUntilExit()
                        return Outcome(
                            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                            err: String(decoding: errData, as: UTF8.self))
                    })
            }
        }
    }
}
