import Foundation
import Testing

/// The shell completes cloud names from clouds.yaml as well as kamakirc (``CloudNames``): after
/// `use cloud` and `--os-cloud`, never a name made of shell syntax.
@Suite(.serialized) struct CloudNameCompletionTests {
    @Test func useCloudAndOSCloudOfferCloudsYAMLNames() throws {
        let home = NSTemporaryDirectory() + "kamaki-cloud-names-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home + "/.config/openstack", withIntermediateDirectories: true)
        let yaml = """
            clouds:
              devstack-e2e:
                auth: {auth_url: "http://127.0.0.1:9/v3", username: u, password: p}
              "$(touch hostile)":
                auth: {auth_url: "http://127.0.0.1:9/v3", username: u, password: p}
            """
        try yaml.write(toFile: home + "/.config/openstack/clouds.yaml", atomically: true, encoding: .utf8)
        let shell = try ShellTmux(home: home, environment: ["KAMAKI_OPENSTACK_SYSTEM_CONFIG=\(home)/etc-openstack"])
        defer { shell.removeHome() }
        try shell.waitForPrompt()

        try shell.type("use cloud ")
        try shell.press("Tab")
        let listed = try shell.waitFor("the cloud names listed") { $0.contains("devstack-e2e") && $0.hasSuffix("[local]: use cloud") }
        #expect(!listed.contains("touch"), "a name with shell syntax is never offered")
        try shell.type("d")
        try shell.press("Tab")
        try shell.waitFor("use cloud completed") { $0.hasSuffix("[local]: use cloud devstack-e2e") }
        try shell.press("C-u")

        try shell.type("network list --os-cloud=")
        try shell.press("Tab")
        try shell.waitFor("--os-cloud completed") { $0.hasSuffix("[local]: network list --os-cloud=devstack-e2e") }
        try shell.press("C-u")
        #expect(!FileManager.default.fileExists(atPath: home + "/hostile"))
    }
}
