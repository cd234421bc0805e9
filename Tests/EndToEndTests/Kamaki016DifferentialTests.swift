import Foundation
import KamakiTestSupport
import Testing

/// Scripts written for kamaki 0.16 keep working: every line of the corpus (Tests/Fixtures/kamaki016-corpus.txt)
/// runs with the published kamaki 0.16 and with ours, each against its own `kamaki-cloud` started from one
/// seeded state file (so ids and tokens match), in the same order. The exit status class (0 or not), the
/// standard output after normalising what must differ, and for `--output-format json` every JSON path of
/// kamaki's output must agree, unless docs/compatibility.md lists the line and the kind of difference.
/// Ours runs one-shot, without the command server (each line is a new process, as in a script).
@Suite(.temporaryDirectoriesPerTest) struct Kamaki016DifferentialTests {
    @Test(
        .enabled(if: Kamaki016.executable != nil, "kamaki 0.16 is not installed and python2.7 was not found: skipped"),
        .enabled(if: BuiltProducts.isBuilt("kamaki-cloud") && BuiltProducts.isBuilt("kamaki"), "kamaki is not built"))
    func corpusMatchesKamaki016() async throws {
        let corpus = try DifferentialCorpus.load()
        let allowlist = try DifferentialAllowlist.load()
        #expect(corpus.lines.count >= 250, "the corpus has \(corpus.lines.count) lines")
        let folder = try TestScopedDirectories.make(prefix: "kamaki-differential")
        // One seeded state, copied once the cloud that made it has stopped, so both clouds start equal.
        let seeding = try await LocalCloudProcess.launch(["--port", "0", "--seed", "tutorial", "--state", folder + "/theirs.sqlite"])
        let tokens = seeding.tokens
        seeding.stop()
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: folder + "/theirs.sqlite" + suffix) {
            try FileManager.default.copyItem(atPath: folder + "/theirs.sqlite" + suffix, toPath: folder + "/ours.sqlite" + suffix)
        }
        let arguments = ["--port", "0", "--settle", "0"]
        let theirCloud = try await LocalCloudProcess.launch(arguments + ["--state", folder + "/theirs.sqlite"])
        defer { theirCloud.stop() }
        let ourCloud = try await LocalCloudProcess.launch(arguments + ["--state", folder + "/ours.sqlite"])
        defer { ourCloud.stop() }
        #expect(theirCloud.tokens == tokens && ourCloud.tokens == tokens)

        let theirs = try DifferentialSide.kamaki016(home: folder + "/theirs", cloud: theirCloud)
        let ours = try DifferentialSide.ours(home: folder + "/ours", cloud: ourCloud)
        var used = Set<Int>()
        var failures: [String] = []
        for line in corpus.lines {
            async let theirRun = theirs.run(line.words)
            async let ourRun = ours.run(line.words)
            let (kamaki, mine) = try await (theirRun, ourRun)
            let json = line.words.contains { $0.lowercased().hasSuffix("json") }
            for difference in differences(kamaki: kamaki, ours: mine, json: json, theirs: theirs, mine: ours) {
                let allowed = allowlist.allowing(difference.kind, on: line.text)
                if allowed.isEmpty {
                    failures.append(report(line, difference, kamaki: kamaki, ours: mine))
                } else {
                    used.formUnion(allowed.map(\.documentLine))
                }
            }
        }
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
        // An allowlist entry that no line needs any more is stale: the list stays the reviewed set of differences.
        for entry in allowlist.entries where !used.contains(entry.documentLine) {
            Issue.record("docs/compatibility.md:\(entry.documentLine): `\(entry.pattern)` (\(entry.kind)) allows a difference no line has")
        }
    }

    struct Difference {
        var kind: DifferenceKind
        var detail: String
    }

    /// The differences between the two runs of one line.
    func differences(
        kamaki: BinaryRun.Output, ours: BinaryRun.Output, json: Bool, theirs: DifferentialSide, mine: DifferentialSide
    ) -> [Difference] {
        if (kamaki.status == 0) != (ours.status == 0) {
            return [Difference(kind: .exit, detail: "exit status \(kamaki.status) (kamaki 0.16) and \(ours.status) (ours)")]
        }
        // Both failed: the error blocks are on stderr and differ by design (docs/compatibility.md).
        guard kamaki.status == 0 else { return [] }
        if json, let paths = mine.comparison.jsonDifferences(kamaki: theirs.comparison.normalised(kamaki.out), ours: ours.out) {
            return paths.isEmpty ? [] : [Difference(kind: .json, detail: paths.prefix(20).joined(separator: "\n"))]
        }
        let expected = theirs.comparison.canonicalText(kamaki.out)
        let actual = mine.comparison.canonicalText(ours.out)
        guard expected != actual else { return [] }
        let diff = expected.difference(from: actual).map { change -> String in
            switch change {
            case .insert(let offset, let line, _): "kamaki only [\(offset)]: \(line)"
            case .remove(let offset, let line, _): "ours only [\(offset)]:   \(line)"
            }
        }
        return [Difference(kind: .text, detail: diff.prefix(20).joined(separator: "\n"))]
    }

    func report(_ line: DifferentialCorpus.Line, _ difference: Difference, kamaki: BinaryRun.Output, ours: BinaryRun.Output) -> String {
        func clipped(_ text: String) -> String { text.count > 1500 ? String(text.prefix(1500)) + "…" : text }
        return """
            corpus line \(line.number) [\(line.section)]: kamaki \(line.text)
            \(difference.kind.rawValue) difference, not in docs/compatibility.md:
            \(difference.detail)
            --- kamaki 0.16 (exit \(kamaki.status)) stdout:
            \(clipped(kamaki.out))--- stderr:
            \(clipped(kamaki.err))--- ours (exit \(ours.status)) stdout:
            \(clipped(ours.out))--- stderr:
            \(clipped(ours.err))
            """
    }
}
