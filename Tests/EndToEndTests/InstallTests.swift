import Foundation
import KamakiCommands
import KamakiTestSupport
import Testing

/// `make install` (scripts/install.sh) into a temporary DESTDIR with PREFIX=/usr, from the release
/// build that `make test` makes before this phase: every file and mode, the installed programs
/// run from there, `man -l` renders the pages, bash-completion finds the completion, and
/// `make uninstall` leaves nothing.
@Suite(.serialized, .temporaryDirectoriesPerTest) struct InstallTests {
    static let root = BinaryRun.packageRoot
    static let releaseBin = BuiltProducts.releaseDirectory
    static let releaseBuilt = FileManager.default.isExecutableFile(atPath: releaseBin + "/kamaki")
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// What the install puts under $DESTDIR$PREFIX, with its mode (the .deb puts zsh's in Debian's vendor-completions).
    static let installed: [(path: String, mode: Int)] = [
        ("bin/kamaki", 0o755), ("bin/kamaki-cloud", 0o755),
        ("share/bash-completion/completions/kamaki", 0o644), ("share/zsh/site-functions/_kamaki", 0o644),
        ("share/fish/vendor_completions.d/kamaki.fish", 0o644), ("share/man/man1/kamaki.1", 0o644),
        ("share/man/man1/kamaki-shell.1", 0o644), ("share/man/man1/kamaki-cloud.1", 0o644),
    ]

    @Test(.enabled(if: releaseBuilt || inCI, "no release build (make release, which make test runs first): skipped"))
    func installRunsAndUninstalls() throws {
        try #require(Self.releaseBuilt, "the release build is missing: run make release")
        let destdir = NSTemporaryDirectory() + "kamaki-destdir-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: destdir) }
        let prefix = destdir + "/usr"
        let install = try Self.script("install", destdir: destdir)
        try #require(install.status == 0, "install.sh install: \(install.err)")

        #expect(try Self.files(under: destdir) == Self.installed.map { "usr/" + $0.path }.sorted())
        for (path, mode) in Self.installed {
            let attributes = try FileManager.default.attributesOfItem(atPath: prefix + "/" + path)
            #expect((attributes[.posixPermissions] as? Int) == mode, "\(path)")
        }
        for name in ["kamaki", "kamaki-cloud"] {
            let file = try BinaryRun.run("/usr/bin/file", [prefix + "/bin/" + name], environment: ["LC_ALL": "C"])
            #expect(file.out.contains(", stripped"), "\(file.out)")
        }
        let kind = try BinaryRun.run("/usr/bin/file", [prefix + "/bin/kamaki"], environment: ["LC_ALL": "C"])
        #expect(kind.out.contains("statically linked"), "\(kind.out)")

        // The installed kamaki: its version names the commit it was built from; it runs a command on
        // the embedded cloud and, as a shell reading a script, finds its tutorial data beside it.
        let environment = try BinaryRun.freshEnvironment()
        let version = try BinaryRun.run(prefix + "/bin/kamaki", ["-V"], environment: environment)
        let commit = try BinaryRun.run("/usr/bin/git", ["-C", Self.root, "describe", "--always", "--abbrev=12"], environment: environment)
        try #require(commit.status == 0, "\(commit.err)")
        #expect(
            version.out.hasPrefix("kamaki \(Kamaki.release) (commit \(commit.out.trimmingCharacters(in: .whitespacesAndNewlines))"),
            "\(version.out)")
        let list = try BinaryRun.run(prefix + "/bin/kamaki", ["network", "list"], environment: environment)
        #expect(list.status == 0 && list.out == "1 public_network ( public )\n", "\(list.out) \(list.err)")
        let shell = try BinaryRun.run(prefix + "/bin/kamaki", [], environment: environment, input: "tutorial\n")
        #expect(shell.status == 0 && shell.out.contains("network  Networks"), "\(shell.out) \(shell.err)")
        let cloud = try BinaryRun.run(prefix + "/bin/kamaki-cloud", ["--help"], environment: environment)
        #expect(cloud.status == 0 && cloud.out.contains("USAGE: kamaki-cloud"), "\(cloud.out) \(cloud.err)")

        // man -l renders each page, without a warning from groff.
        for page in ["kamaki", "kamaki-shell", "kamaki-cloud"] {
            var manEnvironment = environment
            manEnvironment["MANWIDTH"] = "100"
            manEnvironment["MANPAGER"] = "cat"
            manEnvironment["LC_ALL"] = "C"
            let man = try BinaryRun.run(
                "/usr/bin/man", ["--warnings", "-l", prefix + "/share/man/man1/\(page).1"], environment: manEnvironment)
            #expect(man.status == 0 && man.err.isEmpty, "man -l \(page).1: \(man.err)")
            #expect(man.out.contains("NAME") && man.out.contains("\(page) - "), "\(page): \(man.out.prefix(300))")
        }

        // bash-completion's own lookup finds the completion in $XDG_DATA_DIRS.
        let lookup = """
            source /usr/share/bash-completion/bash_completion
            __load_completion kamaki || exit 3
            complete -p kamaki
            """
        let bash = try BinaryRun.run(
            "/bin/bash", ["--norc", "--noprofile", "-c", lookup],
            environment: environment.merging(["XDG_DATA_DIRS": prefix + "/share"]) { $1 })
        #expect(bash.status == 0 && bash.out == "complete -o filenames -F _kamaki kamaki\n", "\(bash.status) \(bash.out) \(bash.err)")

        // fish finds it in $XDG_DATA_DIRS (for a command on PATH); zsh's compinit in a folder of fpath.
        let fish = try BinaryRun.run(
            "/usr/bin/fish", ["-c", "complete -C 'kamaki netw'"],
            environment: environment.merging(["XDG_DATA_DIRS": prefix + "/share", "PATH": prefix + "/bin:/usr/bin:/bin"]) { $1 })
        #expect(fish.status == 0 && fish.out == "network\tNetworking API network commands\n", "\(fish.out) \(fish.err)")
        let zsh = try BinaryRun.run(
            "/usr/bin/zsh", ["-f", "-c", Self.zshLookup(fpath: prefix + "/share/zsh/site-functions")], environment: environment)
        #expect(zsh.status == 0 && zsh.out == "_kamaki\n", "\(zsh.out) \(zsh.err)")

        let uninstall = try Self.script("uninstall", destdir: destdir)
        #expect(uninstall.status == 0, "install.sh uninstall: \(uninstall.err)")
        #expect(try Self.files(under: destdir) == [])
    }

    @Test func installWithoutTheBuildInstallsNothing() throws {
        let destdir = NSTemporaryDirectory() + "kamaki-destdir-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: destdir) }
        let install = try Self.script("install", destdir: destdir, bin: destdir + "/no-build")
        #expect(install.status == 1 && install.err.contains("no-build/kamaki is missing (run make release)"), "\(install.err)")
        #expect(!FileManager.default.fileExists(atPath: destdir + "/usr"))
        let relative = try BinaryRun.run(
            "/bin/bash", [Self.root + "/scripts/install.sh", "install"], environment: ["PREFIX": "usr", "PATH": "/usr/bin:/bin"])
        #expect(relative.status == 2 && relative.err.contains("PREFIX must be an absolute path"), "\(relative.err)")
    }

    /// A zsh script printing the function compinit registered for kamaki, with `folder` first in fpath.
    static func zshLookup(fpath folder: String?) -> String {
        (folder.map { "fpath=(\($0) $fpath)\n" } ?? "") + "autoload -Uz compinit && compinit -u -D && print -r -- $_comps[kamaki]"
    }

    /// Runs scripts/install.sh ACTION with PREFIX=/usr and this DESTDIR.
    static func script(_ action: String, destdir: String, bin: String = releaseBin) throws -> BinaryRun.Output {
        try BinaryRun.run(
            "/bin/bash", [root + "/scripts/install.sh", action],
            environment: ["DESTDIR": destdir, "PREFIX": "/usr", "BIN": bin, "PATH": "/usr/bin:/bin"])
    }

    /// The paths of the files (not folders) under a folder, relative to it, sorted.
    static func files(under folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
