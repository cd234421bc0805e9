import EmbeddedLocalCloud
import Foundation
import KamakiAPI
import KamakiCommands
import KamakiTestSupport
import LocalCloud
import Testing

/// `flavor list/info`, `image list/info` and `imagecompute list/info` against the embedded local cloud:
/// the server guide's output, kamaki 0.16's filters, JSON, and the errors.
@Suite struct FlavorImageCommandsTests {
    @Test func flavorListAsTheGuideShowsIt() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        #expect(await h.run("flavor", "list").out == "1 C1R128D1drbd\n2 C1R128D1plain\n")
        let details = await h.run("flavor", "list", "-l")
        #expect(details.status == 0)
        #expect(details.out.hasPrefix("1 C1R128D1drbd\n    SNF:disk_template: drbd\n    disk: 1\n    links:\n        href: http://"))
        #expect(details.out.contains("/compute/v2.0/flavors/1\n        rel: self\n"))
        #expect(details.out.contains("    ram: 128\n    vcpus: 1\n2 C1R128D1plain\n    SNF:disk_template: plain\n"))
        #expect(await h.run("flavor", "list", "--disk-template", "plain").out == "2 C1R128D1plain\n")
        #expect(await h.run("flavor", "list", "--ram", "128", "--vcpus", "1", "--disk", "1").out == "1 C1R128D1drbd\n2 C1R128D1plain\n")
        #expect(await h.run("flavor", "list", "--ram", "256").out == "")
        #expect(await h.run("flavor", "list", "--name-suffix", "PLAIN").out == "2 C1R128D1plain\n")
        #expect(await h.run("flavor", "list", "--name-like", "r128").out == "1 C1R128D1drbd\n2 C1R128D1plain\n")
        #expect(await h.run("flavor", "list", "--id", "2").out == "2 C1R128D1plain\n")
        #expect(await h.run("flavor", "list", "-n", "1", "--enumerate").out == "1. 1 C1R128D1drbd\n")
        #expect(await h.run("flavor", "list", "--project", "p").out == "")
        #expect(await h.run("flavor", "list", "--public").out == "1 C1R128D1drbd\n2 C1R128D1plain\n")
        let json = try JSON.parse(await h.run("flavor", "list", "--disk-template", "drbd", "--output-format", "json").out)
        #expect(json == [["id": 1, "name": "C1R128D1drbd"]], "the hardware filters read the details but show id and name")
        let full = try JSON.parse(await h.run("flavor", "list", "--output-format", "json").out)
        #expect(full.arrayValue?.first?["links"]?.arrayValue?.count == 2)
    }

    @Test func flavorInfo() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        let info = await h.run("flavor", "info", "1")
        #expect(info.status == 0)
        #expect(fields(info.out)["SNF:disk_template"] == "drbd" && fields(info.out)["name"] == "C1R128D1drbd")
        #expect(fields(info.out)["ram"] == "128" && fields(info.out)["vcpus"] == "1" && fields(info.out)["disk"] == "1")
        let json = try JSON.parse(await h.run("flavor", "info", "2", "--output-format", "json").out)
        #expect(json["SNF:disk_template"] == "plain" && json["id"] == 2)
        #expect(await h.run("flavor", "list", "-l").status == 0)
        let named = await h.run("flavor", "info", "C1R128D1plain")
        #expect(fields(named.out)["id"] == "2" && fields(named.out)["SNF:disk_template"] == "plain", "a listed name names its id")
    }

    @Test func imageListAsTheGuideShowsIt() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        #expect(await h.run("image", "list").out == "f1r57-1m4g3-1d Debian Base Alpha\n53c0nd-1m4g3-1d Beta Debian Base\n")
        let details = await h.run("image", "list", "-l")
        #expect(details.out.hasPrefix("f1r57-1m4g3-1d Debian Base Alpha\n    checksum: "))
        #expect(
            details.out.contains(
                "    owner: s0m3-u53r-1d (tutorial@example.org)\n    properties:\n        os: debian\n        users: root\n"))
        #expect(details.out.contains("    size: 1.43GiB\n"))
        #expect(await h.run("image", "list", "--order=-name").out == "f1r57-1m4g3-1d Debian Base Alpha\n53c0nd-1m4g3-1d Beta Debian Base\n")
        #expect(
            await h.run("image", "list", "--order", "name").out == "53c0nd-1m4g3-1d Beta Debian Base\nf1r57-1m4g3-1d Debian Base Alpha\n")
        #expect(await h.run("image", "list", "--name", "Beta Debian Base").out == "53c0nd-1m4g3-1d Beta Debian Base\n")
        #expect(await h.run("image", "list", "--name-prefix", "debian").out == "f1r57-1m4g3-1d Debian Base Alpha\n")
        #expect(await h.run("image", "list", "--disk-format", "extdump").out == "")
        #expect(await h.run("image", "list", "--size-max", "1000").out == "")
        #expect(await h.run("image", "list", "--status", "AVAILABLE", "-n", "1").out == "f1r57-1m4g3-1d Debian Base Alpha\n")
        #expect(
            await h.run("image", "list", "--property", "os=debian", "--property-like", "users=ROO").out.split(separator: "\n").count == 2)
        #expect(await h.run("image", "list", "--property", "os=ubuntu").out == "")
        #expect(await h.run("image", "list", "--owner-name", "other@example.org").out == "")
        #expect(await h.run("image", "list", "--owner", "s0m3-u53r-1d").out.split(separator: "\n").count == 2)
        let json = try JSON.parse(await h.run("image", "list", "--output-format", "json").out)
        #expect(json.arrayValue?.first?["size"] == 1_535_450_808 && json.arrayValue?.first?["status"] == "AVAILABLE")
    }

    @Test func imageInfoFromTheImageService() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        let info = await h.run("image", "info", "f1r57-1m4g3-1d")
        #expect(info.status == 0)
        let shown = fields(info.out)
        #expect(shown["name"] == "Debian Base Alpha" && shown["owner"] == "s0m3-u53r-1d (tutorial@example.org)")
        #expect(shown["size"] == "1.43GiB" && shown["is-public"] == "True" && shown["disk-format"] == "diskdump")
        #expect(info.out.contains("properties:\n    os: debian\n    users: root\n"))
        let json = try JSON.parse(await h.run("image", "info", "53c0nd-1m4g3-1d", "--output-format", "json").out)
        #expect(json["name"] == "Beta Debian Base" && json["size"] == "1535450808" && json["properties"]?["os"] == "debian")
    }

    @Test func computeImages() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        #expect(await h.run("imagecompute", "list").out == "53c0nd-1m4g3-1d Beta Debian Base\nf1r57-1m4g3-1d Debian Base Alpha\n")
        #expect(
            await h.run("imagecompute", "list", "--metadata", "os=debian", "--name-like", "alpha").out
                == "f1r57-1m4g3-1d Debian Base Alpha\n")
        #expect(await h.run("imagecompute", "list", "--user-id", "nobody").out == "")
        #expect(await h.run("imagecompute", "list", "-l").out.contains("    user_id: s0m3-u53r-1d (tutorial@example.org)\n"))
        let info = await h.run("imagecompute", "info", "f1r57-1m4g3-1d")
        #expect(fields(info.out)["status"] == "ACTIVE" && fields(info.out)["user_id"] == "s0m3-u53r-1d (tutorial@example.org)")
        #expect(info.out.contains("metadata:\n    os: debian\n    users: root\n"))
        let json = try JSON.parse(await h.run("imagecompute", "info", "f1r57-1m4g3-1d", "--output-format", "json").out)
        #expect(json["user_id"] == "s0m3-u53r-1d" && json["metadata"]?["users"] == "root")
    }

    @Test func planktonURLOverridesTheCatalog() async throws {
        try await withLocalCloud(settle: 0) { cloud in
            let base = "http://127.0.0.1:\(cloud.port)"
            let h = try CommandHarness(url: cloud.identityURL, token: cloud.tokens[0])
            let right = await h.run("image", "list", "-o", "cloud.test.plankton_url=\(base)/image/v1.0")
            #expect(right.status == 0 && right.out.hasPrefix("f1r57-1m4g3-1d Debian Base Alpha\n"), "\(right.err)")
            let wrong = await h.run("image", "list", "-o", "cloud.test.plankton_url=\(base)/elsewhere/v1.0")
            #expect(wrong.status == 1 && wrong.err.contains("404"), "\(wrong.err)")
        }
    }

    @Test func errors() async throws {
        let h = try CommandHarness(embedded: LocalCloudLauncher(settle: 0.2))
        let cases: [([String], Int32, String)] = [
            (
                ["flavor", "info", "99"], 1,
                "(404) No flavor with ID 99\n|  To get a list of flavors\n|    kamaki flavor list\n|  More details on a flavor\n"
                    + "|    kamaki flavor info FLAVOR_ID\n|  NOT FOUND itemNotFound (Flavor not found.)\n"
            ),
            (["flavor", "info", "big"], 1, "(404) No flavor named big"),
            (["flavor", "info"], 2, "Missing expected argument '<flavor-id>'"),
            (["flavor", "list", "--vcpu", "1"], 2, "Unknown option '--vcpu'"),
            (["flavor", "list", "--number=-2"], 2, "--number must be 0 or more, not -2"),
            (
                ["image", "info", "n0-such-1m4g3"], 1,
                "(404) No image with id n0-such-1m4g3 found\n|  To list all images\n|    kamaki image list\n|  To get image details\n"
            ),
            (["image", "list", "--order", "owner"], 1, "(400) Invalid 'sort_key'"),
            (["image", "list", "--size-min", "big"], 2, "--size-min"),
            (["image", "list", "--property", "os"], 2, "Invalid property filter os: use KEY=VALUE"),
            (["image", "list", "--owner-name", "nobody@example.org"], 1, "No user named nobody@example.org is known to the cloud"),
            (["imagecompute", "info", "n0-such-1m4g3"], 1, "(404) No image with id n0-such-1m4g3 found"),
            (["imagecompute", "list", "--metadata", "os"], 2, "Invalid metadata filter os: use KEY=VALUE"),
            (["image", "list", "--output-format", "toml"], 2, "json"),
        ]
        for (words, status, message) in cases {
            let r = await h.run(words)
            #expect(r.status == status, "\(words.joined(separator: " ")): \(r.err)")
            #expect(r.err.contains(message), "\(words.joined(separator: " ")): \(r.err)")
            #expect(r.out.isEmpty, "\(words.joined(separator: " ")) printed a result: \(r.out)")
        }
    }
}
