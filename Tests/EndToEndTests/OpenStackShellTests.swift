import Foundation
import KamakiTestSupport
import Testing

/// The shell against the real OpenStack of `run-openstack.sh`: started with `OS_CLOUD` naming a
/// clouds.yaml entry, its prompt names the cloud and the project, and `network list` works.
@Suite(.serialized, .enabled(if: OpenStackCloud.isEnabled, OpenStackCloud.skipReason))
struct OpenStackShellTests {
    @Test func osCloudNamesTheCloudAndProjectInThePromptAndListsNetworks() async throws {
        let os = try await OpenStackCloud.credentials()
        let home = NSTemporaryDirectory() + "kamaki-os-shell-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/.config/openstack", withIntermediateDirectories: true)
        try os.cloudsYAML(name: "devstack").write(toFile: home + "/.config/openstack/clouds.yaml", atomically: true, encoding: .utf8)
        let shell = try ShellTmux(
            home: home, environment: ["OS_CLOUD=devstack", "KAMAKI_OPENSTACK_SYSTEM_CONFIG=\(home)/etc-openstack"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()
        #expect(try shell.prompt() == "[devstack/\(os.project)]:")
        let out = try shell.run("network list")
        #expect(out.contains("demo-net"), "\(out)")
        #expect(out.contains("public"), "\(out)")
        let screen = try shell.screen()
        #expect(!screen.contains(os.password))
    }
}
