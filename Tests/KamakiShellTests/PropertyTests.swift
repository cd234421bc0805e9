import KamakiCommands
import Testing

@testable import KamakiShell

/// A small deterministic generator (SplitMix64), so every run feeds the same lines.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Property: random and mutated lines")
struct PropertyTests {
    static let seeds = [
        "ip attach 9 --server-id=142 --wait", "detach 9 --wait", "network create --name='My Private Net'",
        "kamaki port wait 11 --until DOWN", "/network list -l", "?attach", "use server 142", "!echo hi",
        "network connect 2 --device-id=141 --device-id=142", "server wait --while=BUILD", "help ip attach",
        #"network create --name="Δίκτυο 日本""#, "port info 1", "..", "exit", "-v network list --output-format=json",
    ]
    static let pieces = [
        " ", "'", "\"", "\\", "=", "-", "--", "#", "/", "?", "!", "kamaki", "ip", "attach", "--server-id", "--server-id=",
        "Δ", "日本", "\t", "\n", "..", "use", "help", "--until", "BUILD", "9", "142", "--wait", "-w", "é", "\u{0301}", "🇬🇷",
    ]

    /// A random line: a mutated tutorial-like line or random pieces.
    static func line(_ random: inout SplitMix) -> String {
        if Bool.random(using: &random) {
            var scalars = Array(seeds.randomElement(using: &random)!.unicodeScalars)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let position = Int.random(in: 0...scalars.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: scalars.insert(contentsOf: pieces.randomElement(using: &random)!.unicodeScalars, at: position)
                case 1: if position < scalars.count { scalars.remove(at: position) }
                default: scalars = Array(scalars.prefix(position))
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        return (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    @Test("100,000 lines through tokenizer, resolver and completer: no crash, consistent answers")
    func fuzz() {
        var random = SplitMix(state: 0x6B61_6D61_6B69)
        let resolver = LineResolver(catalog: .shared)
        let completer = Completer(catalog: .shared) { tutorialIDs[$0] ?? [] }
        let groups: [String?] = [nil, "ip", "network", "port", "server"]
        var actions = 0
        for _ in 0..<100_000 {
            let line = Self.line(&random)
            let group = groups.randomElement(using: &random)!
            let scanned = ShellWords.scan(line)
            #expect(scanned.rawLength == line.unicodeScalars.count)
            for word in scanned.words {
                #expect(word.rawStart <= word.rawEnd && word.rawEnd <= scanned.rawLength)
                #expect(word.offsets.count == word.text.unicodeScalars.count)
            }
            if case .run(let words) = resolver.resolve(line: line, group: group) {
                #expect(!words.isEmpty)
                actions += 1
            }
            let result = completer.complete(line, group: group)
            #expect(result.replaceFrom >= 0 && result.replaceFrom <= result.cursor)
            #expect(result.cursor == line.unicodeScalars.count)
            if case .insert(let deleting, _) = result.edit { #expect(deleting >= 0 && deleting <= result.cursor) }
        }
        #expect(actions > 1_000)
    }
}
