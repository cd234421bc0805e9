import EmbeddedLocalCloud
import Foundation
import KamakiAPI
import KamakiCommands
import Testing

/// `keypair list/info/upload/generate/delete` against the embedded local cloud, as the server guide runs them.
@Suite struct KeypairCommandsTests {
    static let guideKey =
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC4qiHrLE33kWpLTHplB6SZ2eU3oq/tYGaIdEJOByZHwOAcbC/lBIhwBnAkatyv9YJ27WxfT+JV1B/ugntk0hZmtewFovdylog53e5hgdzVrzZyvugPf6zZiqckMzrubNN3UGSC47PQbiFPvlRVp6sCVj8i4MILVo4ZlGjX7qptTMNJcZhvc7TUc8b0WbBo+lbJIjTSP/jwqxGyEAVDCJAHf1aBcqD1zNXRB0sXzjz41nv2tu512SS6Y2l5vGaPap1S3GWE1VkuqmtM+m8zzEXtJgvtpMhjOC5aMG4Q+OCq1EP176A8kIlLZAU1qaGrjhFtE3IFN/SCmgVOAPb76IDv"
    static let guideFingerprint = "aa:b7:cf:74:42:92:e4:cf:73:0b:2a:3e:63:ef:7f:ea"

    @Test func theGuidesKeyWallet() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        let upload = await h.run("keypair", "upload", "--key-name", "My Uploaded Key", "--public-key", Self.guideKey)
        #expect(upload.status == 0, "\(upload.err)")
        #expect(
            upload.out == "public_key: \(Self.guideKey)\nname: My Uploaded Key\nfingerprint: \(Self.guideFingerprint)\n",
            "the guide's order")
        let generate = await h.run("keypair", "generate", "--key-name", "My Generated Key", "--output-format", "json")
        #expect(generate.status == 0, "\(generate.err)")
        let generated = try JSON.parse(generate.out)
        #expect(generated["name"] == "My Generated Key")
        #expect(generated["private_key"]?.stringValue?.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n") == true)
        let fingerprint = try #require(generated["fingerprint"]?.stringValue)
        #expect(fingerprint.split(separator: ":").count == 16)
        let list = await h.run("keypair", "list")
        #expect(
            list.out == "My Generated Key\n    fingerprint: \(fingerprint)\nMy Uploaded Key\n    fingerprint: \(Self.guideFingerprint)\n")
        #expect(await h.run("keypair", "list", "-l").out.contains("    public_key: \(Self.guideKey)\n"))
        #expect(
            await h.run("keypair", "list", "--name-prefix", "my up").out == "My Uploaded Key\n    fingerprint: \(Self.guideFingerprint)\n")
        let json = try JSON.parse(await h.run("keypair", "list", "--output-format", "json").out)
        #expect(json.arrayValue?.map { $0["name"] } == ["My Generated Key", "My Uploaded Key"])
        #expect(json.arrayValue?.first?["private_key"] == nil && json.arrayValue?.first?["public_key"] == nil)
        let info = await h.run("keypair", "info", "My Uploaded Key")
        #expect(fields(info.out)["fingerprint"] == Self.guideFingerprint && fields(info.out)["deleted"] == "False")
        #expect(fields(info.out)["deleted_at"] == "None" && fields(info.out)["id"] != nil)
        #expect(try JSON.parse(await h.run("keypair", "info", "My Generated Key", "--output-format", "json").out)["private_key"] == nil)
        let delete = await h.run("keypair", "delete", "My Generated Key")
        #expect(delete.status == 0 && delete.out.isEmpty && delete.err.isEmpty)
        #expect(await h.run("keypair", "list").out == "My Uploaded Key\n    fingerprint: \(Self.guideFingerprint)\n")
    }

    @Test func aTakenNameAndForce() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        #expect(await h.run("keypair", "upload", "--key-name", "k", "--public-key", Self.guideKey).status == 0)
        let again = await h.run("keypair", "generate", "--key-name", "k")
        #expect(again.status == 1 && again.out.isEmpty)
        #expect(
            again.err.contains(
                "A keypair with that name already exists. To override the conflicting key you can use the following command:"))
        #expect(again.err.contains("kamaki keypair generate -f --key-name k\n"))
        #expect(again.err.contains("(409) A keypair with that name already exists"))
        let forced = await h.run("keypair", "generate", "--key-name", "k", "-f")
        #expect(forced.status == 0 && forced.out.contains("\nprivate_key: -----BEGIN RSA PRIVATE KEY-----\nMII"), "PEM lines to save")
        #expect(forced.out.hasSuffix("\n-----END RSA PRIVATE KEY-----\n"))
        #expect(fields(forced.out)["fingerprint"] != Self.guideFingerprint)
        let back = await h.run("keypair", "upload", "--key-name", "k", "--public-key", Self.guideKey, "--force")
        #expect(back.status == 0 && fields(back.out)["fingerprint"] == Self.guideFingerprint)
    }

    @Test func anUnnamedKeyGetsKamakisGeneratedName() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        let r = await h.run("keypair", "upload", "--public-key", Self.guideKey)
        #expect(r.status == 0)
        let name = try #require(fields(r.out)["name"])
        #expect(name.hasPrefix("kamaki-key_autogen_") && name.split(separator: "_").count == 9, "\(name)")
        #expect(await h.run("keypair", "list").out.hasPrefix(name + "\n"))
    }

    @Test func errors() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        let cases: [([String], Int32, String)] = [
            (
                ["keypair", "info", "nope"], 1,
                "(404) No keypair with name nope found\n|  To list all keypairs\n|    kamaki keypair list\n|  To get keypair details\n"
                    + "|    kamaki keypair info KEY_NAME\n|  NOT FOUND itemNotFound (Keypair nope not found.)\n"
            ),
            (["keypair", "delete", "nope"], 1, "(404) No keypair with name nope found"),
            (["keypair", "info"], 2, "Missing expected argument '<key-name>'"),
            (["keypair", "upload", "--key-name", "k"], 2, "Missing --public-key"),
            (["keypair", "upload", "--key-name", "k", "--public-key", "ssh-rsa nonsense"], 1, "(400) Invalid SSH key"),
            (["keypair", "generate", "--key-name", " "], 1, "(400) Invalid name format"),
            (["keypair", "generate", "--key-nam", "k"], 2, "Unknown option '--key-nam'"),
        ]
        for (words, status, message) in cases {
            let r = await h.run(words)
            #expect(r.status == status, "\(words.joined(separator: " ")): \(r.err)")
            #expect(r.err.contains(message), "\(words.joined(separator: " ")): \(r.err)")
            #expect(r.out.isEmpty, "\(words.joined(separator: " ")) printed a result: \(r.out)")
        }
        #expect(await h.run("keypair", "list").out == "", "no failed create left a key")
    }
}
