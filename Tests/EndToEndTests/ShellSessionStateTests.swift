import Foundation
import KamakiTestSupport
import Synchronization
import Testing

/// The shell's session state in a terminal (issue 16): the cloud follows the config and `use
/// cloud` (items 1, 7), survives a `local reset` made elsewhere (2), Tab's ids follow the commands
/// (3), and a command abandoned after Ctrl-C stays silent (4).
@Suite(.serialized) struct ShellSessionStateTests {
    @Test(.enabled(if: BuiltProducts.isBuilt("kamaki-cloud"), "kamaki-cloud is not built"))
    func theCloudFollowsTheConfigAndUseCloud() async throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        let cloud = try await LocalCloudProcess.launch(["--port", "0", "--seed", "tutorial", "--settle", "0.2", "--state", ":memory:"])
        defer { cloud.stop() }
        let api = CloudAPI(port: Int(cloud.base.split(separator: ":").last ?? "") ?? 0, token: cloud.tokens[0])
        _ = try await api.createNetwork("lab-net")
        try shell.waitForPrompt()
        #expect(try shell.prompt() == "[local]:")
        let dead = "http://127.0.0.1:\(try FaultServer.closedPort())/identity/v2.0"
        // A cloud without a token cannot be used: the shell says so, and the prompt names no cloud.
        var out = try shell.run("config set cloud.lab.url \(dead)")
        #expect(
            out.contains("kamaki: the config changed, and no cloud can be used: No authentication TOKEN provided for cloud \"lab\""))
        #expect(try shell.prompt() == "[kamaki]:")
        out = try shell.run("config set cloud.lab.token \(cloud.tokens[0])")
        #expect(out.contains("kamaki: the config changed; commands now use cloud \"lab\""))
        #expect(try shell.prompt() == "[lab]:")
        out = try shell.run("network list")
        #expect(out.contains("Connection refused") || out.contains("connection refused"), "the dead URL: \(out)")
        // The corrected URL is used by the next line.
        _ = try shell.run("config set cloud.lab.url \(cloud.url)")
        out = try shell.run("network list")
        #expect(out.contains("lab-net"), "\(out)")

        // use cloud: Tab offers the clouds; the choice shows in the prompt and in context; selections go.
        _ = try shell.run("use server 141")
        #expect(try shell.prompt() == "[lab server:141]:")
        try shell.type("use cloud ")
        try shell.press("Tab")
        try shell.waitFor("the clouds' common prefix") { $0.hasSuffix("[lab server:141]: use cloud l") }
        try shell.press("Tab")
        try shell.waitFor("the clouds listed") {
            $0.contains("\nlab") && $0.contains("local") && $0.hasSuffix("[lab server:141]: use cloud l")
        }
        try shell.type("o")
        try shell.press("Tab")
        try shell.waitFor("local completed") { $0.hasSuffix("use cloud local") }
        out = try shell.run("")
        #expect(try shell.prompt() == "[local]:")
        out = try shell.run("network list")
        #expect(out.contains("1 public_network") && !out.contains("lab-net"))
        out = try shell.run("context")
        #expect(out.contains("cloud:   local") && out.contains("server:  (none)"))
        out = try shell.run("use cloud nope")
        #expect(out == "use cloud: no cloud \"nope\" is configured; the clouds are: lab, local")
        #expect(try shell.prompt() == "[local]:")
    }

    @Test func aLocalResetInAnotherTerminalDoesNotBreakTheShell() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("network create --name=before-reset")
        #expect(try shell.run("network list").contains("before-reset"))
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("KAMAKI") && !$0.key.hasPrefix("XDG_") }
        environment["HOME"] = shell.home
        environment["XDG_STATE_HOME"] = shell.home + "/state"
        environment["XDG_CACHE_HOME"] = shell.home + "/cache"
        environment["KAMAKI_COMMAND_SERVER"] = "off"
        let reset = try BinaryRun.run(BinaryRun.product("kamaki"), ["local", "reset"], environment: environment)
        #expect(reset.status == 0, "\(reset.err)")
        // The shell's embedded cloud holds the old seed's token: it re-reads the new one and goes on.
        let out = try shell.run("network list")
        #expect(out == "1 public_network ( public )", "\(out)")
        #expect(!out.contains("401") && !out.contains("token"))
        #expect(try shell.run("server list") == "141 Server 1\n142 Server 1")
    }

    @Test func tabOffersTheIDsCommandsLeft() throws {
        let shell = try ShellTmux()
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        _ = try shell.run("ip create --network-id=1")
        _ = try shell.run("ip create --network-id=1")
        _ = try shell.run("ip attach 8 --server-id=141 --wait")
        // 8 is attached now: attach offers only 9, detach only 8.
        try shell.type("ip attach ")
        try shell.press("Tab")
        try shell.waitFor("the one free IP completed") { $0.hasSuffix("[local]: ip attach 9") }
        try shell.press("C-u")
        try shell.type("ip detach ")
        try shell.press("Tab")
        try shell.waitFor("the one attached IP completed") { $0.hasSuffix("[local]: ip detach 8") }
        try shell.type(" --wait")
        try shell.press("Enter")
        try shell.waitForPrompt()
        try shell.type("ip attach ")
        try shell.press("Tab")
        let listed = try shell.waitFor("both IPs free") { $0.contains("8  192.168.3.5  free") && $0.hasSuffix("[local]: ip attach") }
        #expect(listed.contains("9  192.168.3.6  free"))
        try shell.press("C-u")

        // After local reset the new world's ids complete at once, not after the old ones age (40 s
        // before the fix). They are fetched in the background after the reset, and a Tab that finds
        // none yet fetches them too, waiting for them only briefly (the embedded cloud is starting
        // again): so Tab again until they are listed, within the wait's deadline.
        _ = try shell.run("local reset")
        try shell.type("server info 14")
        var polls = 0
        try shell.waitFor("the servers listed") { screen in
            if screen.contains("141  Server 1") && screen.contains("142  Server 1") { return true }
            if polls % 10 == 0 { try? shell.press("Tab") }
            polls += 1
            return false
        }
        try shell.press("C-u")
    }

    @Test func aCommandAbandonedAfterCtrlCStaysSilent() throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let home = NSTemporaryDirectory() + "kamaki-shell-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try "[cloud \"default\"]\nurl = http://127.0.0.1:\(listener.port)/identity/v2.0\ntoken = t0k3n\n".write(
            toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
        let shell = try ShellTmux(home: home)
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        // -v gives the command a connection of its own (the session's first one hangs in its warm-up
        // since the first prompt): its arrival says the command runs, so Ctrl-C is not taken for a stale one.
        try shell.type("-v network list")
        try shell.press("Enter")
        try shell.waitFor("the command's request to reach the cloud") { _ in listener.accepted >= 2 }
        try shell.press("C-c")
        try shell.waitFor("the prompt after Ctrl-C") {
            $0.contains("Interrupted; the command was left to finish in the background") && ShellTmux.lastLineIsPrompt($0)
        }
        // The cloud goes away: the abandoned request fails now, and its error must not show.
        listener.close()
        #expect(try shell.run("context").hasPrefix("cloud:   default"))
        #expect(try shell.run("context").hasPrefix("cloud:   default"))
        let screen = try shell.screen()
        let after = screen.components(separatedBy: "left to finish in the background").last ?? ""
        #expect(!after.contains("Error") && !after.contains("rror:"), "\(after)")
    }
}

/// A TCP listener on 127.0.0.1 that accepts connections and never answers; ``close()`` closes it
/// and every connection it accepted.
final class SilentListener: Sendable {
    let port: Int
    private let descriptors = Mutex<(listener: Int32, accepted: [Int32], closed: Bool)>((-1, [], false))

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound, listen(fd, 16) == 0 else { throw POSIXError(.EADDRNOTAVAIL) }
        port = Int(UInt16(bigEndian: address.sin_port))
        descriptors.withLock { $0.listener = fd }
        Thread.detachNewThread { [self] in
            while true {
                let client = accept(fd, nil, nil)
                let kept = descriptors.withLock { state -> Bool in
                    guard client >= 0, !state.closed else { return false }
                    state.accepted.append(client)
                    return true
                }
                if !kept {
                    if client >= 0 { Glibc.close(client) }
                    if descriptors.withLock({ $0.closed }) { return }
                }
            }
        }
    }

    /// How many connections it accepted.
    var accepted: Int { descriptors.withLock { $0.accepted.count } }

    func close() {
        let open = descriptors.withLock { state -> [Int32] in
            guard !state.closed else { return [] }
            state.closed = true
            return [state.listener] + state.accepted
        }
        for fd in open {
            shutdown(fd, Int32(SHUT_RDWR))
            Glibc.close(fd)
        }
    }
}
