import Foundation
import KamakiAPI
import KamakiTestSupport
import Testing

/// `tutorial network` in the shell (tmux) on the real OpenStack of `run-openstack.sh`: after the
/// confirmation it walks the OpenStack steps with this project's servers and external network, and the
/// ids the steps print; Enter accepts each pre-filled command to the end, with a stop and a resume in
/// between (the ids taken so far are kept); every step shows what it documents; and at the end the
/// network and the floating IPs it made are gone (asked of Neutron with curl).
@Suite(.serialized, .enabled(if: OpenStackCloud.isEnabled, OpenStackCloud.skipReason))
struct OpenStackTutorialTests {
    @Test func walksTheStepsWithThisCloudsIDsToTheEnd() async throws {
        let os = try await OpenStackCloud.credentials()
        let neutron = os.networkURL + "/v2.0"
        let shell = try OpenStackShellTests.shell(os)
        var made: [String] = []
        defer {
            // Whatever a failed run left: floating IPs first, then networks (their ports by Nova go with the servers' detach).
            for url in made.filter({ $0.contains("/floatingips/") }) { _ = try? OpenStackShellTests.http("DELETE", url, os) }
            for url in made.filter({ $0.contains("/networks/") }) { Self.removeNetwork(url, os) }
            shell.removeHome()
        }
        let servers = try #require(
            OpenStackShellTests.http("GET", (os.values["compute_url"] ?? "") + "/servers", os).json?["servers"]?.arrayValue)
        let server1 = try #require(servers.first { $0["name"]?.stringValue == "demo-server-1" }?["id"]?.stringValue)
        let publicID = try #require(
            OpenStackShellTests.http("GET", neutron + "/networks?name=public", os).json?["networks"]?.arrayValue?.first?["id"]?
                .stringValue)
        try shell.waitForPrompt()

        try Self.startTutorial(in: shell)
        try shell.waitFor("the first step") { $0.contains("[network 1/27]") && ShellTmux.lastLineIsPrompt($0) }
        #expect(try shell.prompt() == "[devstack/\(os.project)]: kamaki server list")
        #expect(try shell.screen().contains("it uses your servers demo-server-1 and demo-server-2,"))

        var steps = 0
        var resumed = false
        while steps < 60 {
            let screen = try shell.screen()
            if screen.contains("tutorial is finished") { break }
            // What the steps made (the `id:` a network or ip create printed), for the cleanup if a later step fails.
            let command = ShellTmux.promptLines(screen).dropLast().last ?? ""
            let path =
                command.hasSuffix("network create --name='My Private Net'")
                ? "/networks/" : command.contains(" ip create ") ? "/floatingips/" : nil
            if let path, let id = ShellTmux.outputOfLastCommand(screen).split(separator: "\n").first(where: { $0.hasPrefix("id: ") }) {
                made.append(neutron + path + id.dropFirst(4))
            }
            if steps == 8 && !resumed {
                // Leave and come back: the walkthrough resumes at step 9 with the floating IP step 7 reserved.
                let line = try shell.prompt()
                try shell.press("C-u")
                _ = try shell.run("tutorial stop")
                try Self.startTutorial(in: shell)
                let back = try shell.waitFor("the step resumed") {
                    $0.contains("Resuming at step 9 of 27") && ShellTmux.lastLineIsPrompt($0)
                }
                #expect(try shell.prompt() == line, "\(back.suffix(600))")
                resumed = true
                continue
            }
            let before = ShellTmux.promptLines(screen).count
            if try shell.prompt().hasSuffix("]:") {
                try shell.type("next")  // a note: nothing pre-filled
            }
            try shell.press("Enter")
            try shell.waitFor("the next step", timeout: .seconds(90)) {
                ShellTmux.promptLines($0).count > before && ShellTmux.lastLineIsPrompt($0)
            }
            steps += 1
        }
        let screen = try shell.screen()
        #expect(screen.contains("tutorial is finished"), "\(screen.suffix(3000))")
        #expect(!screen.contains("differs from the tutorial"), "every step showed what it documents:\n\(screen)")
        #expect(resumed)
        #expect(screen.contains("kamaki ip create --network-id=\(publicID)"))
        #expect(screen.contains("Cannot associate floating IP"), "one floating IP per address: the step that shows it")
        #expect(screen.contains("kamaki network connect "))
        #expect(screen.contains("--device-id=\(server1)"))
        #expect(!screen.contains(os.password))
        // The list counts the OpenStack steps walked, not the Synnefo ones.
        let listed = try shell.run("tutorial")
        #expect(listed.contains("network  Networks: private networks, ports, floating IPs and quotas  (finished)"), "\(listed)")

        // Neutron has none of what the tutorial made.
        let networks = made.filter { $0.contains("/networks/") }
        let ips = made.filter { $0.contains("/floatingips/") }
        #expect(networks.count == 1 && ips.count == 2, "\(made)")
        for url in made {
            #expect(try OpenStackShellTests.http("GET", url, os).status == 404, "\(url) is left")
        }
    }

    /// `tutorial reset` on OpenStack resets no cloud: the tutorial starts over at step 1 (after the cloud is
    /// read again and the question), and the network step 3 made is named, as it stays.
    @Test func resetStartsOverAndNamesWhatTheStepsMade() async throws {
        let os = try await OpenStackCloud.credentials()
        let shell = try OpenStackShellTests.shell(os)
        var made: String?
        defer {
            if let made { Self.removeNetwork(os.networkURL + "/v2.0/networks/" + made, os) }
            shell.removeHome()
        }
        try shell.waitForPrompt()
        try Self.startTutorial(in: shell)
        try shell.waitFor("the first step") { $0.contains("[network 1/27]") && ShellTmux.lastLineIsPrompt($0) }
        for step in 1...3 {
            let before = ShellTmux.promptLines(try shell.screen()).count
            try shell.press("Enter")
            let screen = try shell.waitFor("step \(step) done", timeout: .seconds(90)) {
                ShellTmux.promptLines($0).count > before && ShellTmux.lastLineIsPrompt($0)
            }
            if step == 3 { made = OpenStackShellTests.field("id", in: ShellTmux.outputOfLastCommand(screen)) }
        }
        let network = try #require(made)
        try shell.press("C-u")
        try shell.type("tutorial reset")
        try shell.press("Enter")
        let asked = try shell.waitFor("the question") { $0.hasSuffix("Continue? [y/N]") }
        #expect(asked.contains("the network tutorial starts over at step 1."), "\(asked)")
        #expect(
            asked.contains("What its steps made stays on that cloud, if it is still there:\n  \(network) (kamaki network create)"),
            "\(asked)")
        try shell.type("y")
        try shell.press("Enter")
        try shell.waitFor("step 1 again") { $0.hasSuffix("]: kamaki server list") }
        #expect(
            try OpenStackShellTests.http("GET", os.networkURL + "/v2.0/networks/" + network, os).status == 200, "the cloud is not reset")
    }

    /// A server whose routed address carries a floating IP cannot take the tutorial's: with demo-server-1's
    /// taken, one server is free, and the tutorial says so and does not start.
    @Test func aServerThatHasAFloatingIPIsNotPicked() async throws {
        let os = try await OpenStackCloud.credentials()
        let shell = try OpenStackShellTests.shell(os)
        var ip: String?
        defer {
            if let ip { _ = try? OpenStackShellTests.http("DELETE", os.networkURL + "/v2.0/floatingips/" + ip, os) }
            shell.removeHome()
        }
        try shell.waitForPrompt()
        ip = OpenStackShellTests.field("id", in: try shell.run("ip create --network-id public"))
        let id = try #require(ip)
        #expect(try shell.run("ip attach \(id) --server-id demo-server-1").contains("device_id: "))
        let refused = try shell.run("tutorial network")
        #expect(refused.contains("1 of this project's servers already carry one (only 1 is free)"), "\(refused)")
        #expect(refused.hasSuffix("The tutorial did not start."), "\(refused)")
        #expect(!refused.contains("Continue?"))
    }

    /// Removes a network a failed walk left, with the interfaces Nova attached to it (Neutron refuses
    /// to delete a network with ports): each detached through Nova, the ports awaited, the network deleted.
    static func removeNetwork(_ url: String, _ os: OpenStackCredentials) {
        let id = url.split(separator: "/").last.map(String.init) ?? ""
        let ports = {
            (try? OpenStackShellTests.http("GET", os.networkURL + "/v2.0/ports?network_id=" + id, os).json?["ports"]?.arrayValue) ?? []
        }
        for port in ports() {
            guard let device = port["device_id"]?.stringValue, let portID = port["id"]?.stringValue, !device.isEmpty else { continue }
            _ = try? OpenStackShellTests.http("DELETE", (os.values["compute_url"] ?? "") + "/servers/\(device)/os-interface/\(portID)", os)
        }
        let deadline = ContinuousClock.now + .seconds(30)
        while !ports().isEmpty, ContinuousClock.now < deadline { usleep(200_000) }
        _ = try? OpenStackShellTests.http("DELETE", url, os)
    }

    /// `tutorial network`, and yes to its question.
    static func startTutorial(in shell: ShellTmux) throws {
        try shell.type("tutorial network")
        try shell.press("Enter")
        try shell.waitFor("the question") { $0.hasSuffix("Continue? [y/N]") }
        try shell.type("y")
        try shell.press("Enter")
    }

    /// The alt_demo project has no servers: the tutorial says what it needs and does not start, before
    /// any question; the servers tutorial has no OpenStack steps, and says so.
    @Test func aProjectWithoutServersIsToldWhatTheTutorialNeeds() async throws {
        let os = try await OpenStackCloud.credentials()
        let shell = try OpenStackShellTests.shell(os, alt: true)
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        let refused = try shell.run("tutorial network")
        #expect(refused.contains("The network tutorial needs two active servers, and this project has 0."), "\(refused)")
        #expect(refused.hasSuffix("The tutorial did not start."), "\(refused)")
        #expect(!refused.contains("Continue?"))
        #expect(try shell.prompt() == "[devstack/\(os.altProject)]:", "nothing pre-filled")
        let next = try shell.run("next")
        #expect(next.contains("No tutorial is running"), "\(next)")
        let servers = try shell.run("tutorial servers")
        #expect(servers.contains("The servers tutorial's steps are written for a Synnefo cloud, and this one is OpenStack"), "\(servers)")
        #expect(!servers.contains("Continue?"))
    }
}
