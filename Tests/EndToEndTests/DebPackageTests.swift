import Foundation
import KamakiCommands
import KamakiTestSupport
import Testing

/// `make deb` (scripts/package-deb.sh) from the release build: its control file, then `dpkg -i` and
/// `dpkg -r` on this machine. Needs root: in CI (CI=true, run as root) it must run, elsewhere it
/// says it skipped.
@Suite(.serialized, .temporaryDirectoriesPerTest) struct DebPackageTests {
    static let isRoot = getuid() == 0

    @Test(
        .enabled(if: isRoot || InstallTests.inCI, "not root: dpkg -i needs root, so the .deb test skipped (CI runs it as root)"),
        .enabled(if: InstallTests.releaseBuilt || InstallTests.inCI, "no release build (make release): skipped"))
    func packageInstallsAndRemoves() throws {
        try #require(Self.isRoot, "CI=true and not root: the .deb test must run as root in CI")
        try #require(InstallTests.releaseBuilt, "the release build is missing: run make release")
        let status = try Self.run("/usr/bin/dpkg-query", ["-W", "-f", "${Status}", "kamaki"])
        try #require(!status.out.contains("ok installed"), "a kamaki package is installed already; not touching it")
        let out = NSTemporaryDirectory() + "kamaki-deb-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }

        let build = try BinaryRun.run(
            "/bin/bash", [InstallTests.root + "/scripts/package-deb.sh"],
            environment: ["OUT": out, "BIN": InstallTests.releaseBin, "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"])
        try #require(build.status == 0, "package-deb.sh: \(build.err)")
        let deb = build.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let architecture = try Self.run("/usr/bin/dpkg", ["--print-architecture"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(deb == out + "/kamaki_\(Kamaki.release)_\(architecture).deb")

        // The control file: version, architecture, and a dependency on the package of every shared
        // library kamaki-cloud links (kamaki is static).
        let fields = try Self.run("/usr/bin/dpkg-deb", ["-f", deb, "Package", "Version", "Architecture", "Depends"]).out
        #expect(fields.contains("Package: kamaki\nVersion: \(Kamaki.release)\nArchitecture: \(architecture)\n"), "\(fields)")
        let depends = fields.components(separatedBy: "Depends: ").last ?? ""
        let libraries = try Self.run("/usr/bin/objdump", ["-p", InstallTests.releaseBin + "/kamaki-cloud"]).out
            .split(separator: "\n").filter { $0.contains("NEEDED") }.compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(libraries.contains("libsqlite3.so.0"), "\(libraries)")
        for library in libraries {
            let owners = try Self.run("/usr/bin/dpkg", ["-S", "*/" + library]).out.split(separator: "\n")
                .compactMap { $0.split(separator: ":").first.map(String.init) }
            #expect(
                owners.contains { depends.contains($0 + " ") || depends.contains($0 + ",") },
                "\(library) (\(owners)) not in Depends: \(depends)")
        }
        let staticCheck = try Self.run("/usr/bin/objdump", ["-p", InstallTests.releaseBin + "/kamaki"]).out
        #expect(!staticCheck.contains("NEEDED"), "kamaki links shared libraries")

        let install = try Self.run("/usr/bin/dpkg", ["-i", deb])
        defer {
            if (try? Self.run("/usr/bin/dpkg-query", ["-W", "-f", "${Status}", "kamaki"]).out.contains("ok installed")) == true {
                _ = try? Self.run("/usr/bin/dpkg", ["-r", "kamaki"])
            }
        }
        try #require(install.status == 0, "dpkg -i: \(install.out) \(install.err)")
        let listed = try Self.run("/usr/bin/dpkg", ["-L", "kamaki"]).out.split(separator: "\n").map(String.init)
        for path in Self.installed { #expect(listed.contains(path), "\(path)") }
        let environment = try BinaryRun.freshEnvironment()
        let version = try BinaryRun.run("/usr/bin/kamaki", ["-V"], environment: environment)
        #expect(version.status == 0 && version.out.hasPrefix("kamaki \(Kamaki.release) (commit "), "\(version.out)")
        let list = try BinaryRun.run("/usr/bin/kamaki", ["network", "list"], environment: environment)
        #expect(list.status == 0 && list.out == "1 public_network ( public )\n", "\(list.out) \(list.err)")

        // The shells find the completions where the package put them, with no set-up.
        let bash = try BinaryRun.run(
            "/bin/bash",
            [
                "--norc", "--noprofile", "-c",
                "source /usr/share/bash-completion/bash_completion; __load_completion kamaki && complete -p kamaki",
            ],
            environment: environment)
        #expect(bash.out == "complete -o filenames -F _kamaki kamaki\n", "\(bash.out) \(bash.err)")
        let zsh = try BinaryRun.run("/usr/bin/zsh", ["-f", "-c", InstallTests.zshLookup(fpath: nil)], environment: environment)
        #expect(zsh.out == "_kamaki\n", "\(zsh.out) \(zsh.err)")
        let fish = try BinaryRun.run("/usr/bin/fish", ["-c", "complete -C 'kamaki netw'"], environment: environment)
        #expect(fish.out == "network\tNetworking API network commands\n", "\(fish.out) \(fish.err)")
        let man = try BinaryRun.run("/usr/bin/man", ["-w", "kamaki-shell"], environment: environment)
        #expect(man.out == "/usr/share/man/man1/kamaki-shell.1\n", "\(man.out) \(man.err)")

        let remove = try Self.run("/usr/bin/dpkg", ["-r", "kamaki"])
        #expect(remove.status == 0, "dpkg -r: \(remove.err)")
        #expect(!(try Self.run("/usr/bin/dpkg-query", ["-W", "-f", "${Status}", "kamaki"]).out.contains("ok installed")))
        for path in Self.installed { #expect(!FileManager.default.fileExists(atPath: path), "\(path) left behind") }
    }

    /// The files the package installs: those of `make install PREFIX=/usr`, zsh's in Debian's folder.
    static let installed = InstallTests.installed.map {
        "/usr/" + $0.path.replacingOccurrences(of: "zsh/site-functions", with: "zsh/vendor-completions")
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> BinaryRun.Output {
        try BinaryRun.run(executable, arguments, environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL": "C"])
    }
}
