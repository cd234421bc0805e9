/// "Did you mean …?" for a mistyped word (the shell's, a one-shot line's): the closest known word within two edits.
public enum Suggestion {
    /// The known word nearest to `typed` (at most two insertions, deletions or substitutions, and
    /// fewer than half its letters), or nil.
    public static func nearest(_ typed: String, among known: [String]) -> String? {
        let limit = min(2, max(1, typed.count / 2))
        var best: (word: String, distance: Int)?
        for word in known where word != typed {
            let distance = edits(Array(typed), Array(word))
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (word, distance) }
        }
        return best?.word
    }

    /// Levenshtein distance.
    static func edits(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
