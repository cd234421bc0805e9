import Testing

@testable import KamakiCommands

/// OpenStack's secrets (a password, an application credential's secret) are masked in history as tokens are,
/// and shown as `...` by `config get` and `config list`.
@Suite("OpenStack secrets in history and config output")
struct OpenStackSecretsMaskingTests {
    @Test(arguments: [
        (["config", "set", "cloud.os.password", "hunter22"], "config set cloud.os.password ..."),
        (["config", "set", "cloud.os.application_credential_secret", "hunter22"], "config set cloud.os.application_credential_secret ..."),
        (["network", "list", "-o", "cloud.os.password=hunter22"], "network list -o cloud.os.password=..."),
        (
            ["network", "list", "-ocloud.os.application_credential_secret=hunter22"],
            "network list -ocloud.os.application_credential_secret=..."
        ),
    ])
    func typedSecretsAreMasked(words: [String], expected: String) {
        #expect(HistoryFile.masked(words, tokens: []) == expected)
        #expect(HistoryFile.holdsMask(expected.split(separator: " ").map(String.init)), "a recalled masked line is refused")
    }

    @Test func configuredPasswordsAreMaskedAnywhere() throws {
        var config = ConfigFile(path: "/dev/null")
        try config.set("cloud.os.password", "hunter22")
        #expect(HistoryFile.masked(["echo", "hunter22"], tokens: CommandRunner.tokens(in: config)) == "echo ...")
    }

    @Test func configShowsHiddenValuesAsDots() {
        #expect(ConfigDefaults.shown(cloudKey: "password", "hunter22") == "...")
        #expect(ConfigDefaults.shown(cloudKey: "application_credential_secret", "x") == "...")
        #expect(ConfigDefaults.shown(cloudKey: "username", "demo") == "demo")
        #expect(ConfigDefaults.shown(cloudKey: "password", "") == "")
    }
}
