/// A cloud's fault message as kamaki shows it, where it differs from the wire.
enum FaultWording {
    /// The message with a word repeated right after itself shown once: Synnefo's network delete
    /// says "There are ports still configured on network network 2" (synnefo/logic/networks.py),
    /// and the local cloud sends the same text, as the wire must stay Synnefo's. Only words of
    /// three letters or more count, so "1 1" or "a a" in a message are left as they are.
    static func shown(_ message: String) -> String {
        var words: [Substring] = []
        for word in message.split(separator: " ", omittingEmptySubsequences: false) {
            if let last = words.last, last == word, word.count >= 3, word.allSatisfy(\.isLetter) { continue }
            words.append(word)
        }
        return words.joined(separator: " ")
    }
}
