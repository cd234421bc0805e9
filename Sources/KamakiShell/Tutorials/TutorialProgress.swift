import Foundation
import KamakiClient

/// Where each tutorial was left, kept in `$XDG_STATE_HOME/kamaki/tutorials.json` so leaving and
/// re-entering resumes at the same step.
public struct TutorialProgress: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The step to resume `name` at (0 when never started).
    public func step(of name: String) -> Int {
        load()[name] ?? 0
    }

    /// Records the step `name` is at.
    public func save(_ name: String, step: Int) {
        var all = load()
        all[name] = step
        guard let data = try? JSONEncoder().encode(all) else { return }
        PrivateFile.save(Array(data), to: path)
    }

    private func load() -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: path),
            let all = try? JSONDecoder().decode([String: Int].self, from: data)
        else { return [:] }
        return all
    }
}
