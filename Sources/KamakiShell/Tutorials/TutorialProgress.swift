import Foundation
import KamakiClient

/// Where each tutorial was left, kept in `$XDG_STATE_HOME/kamaki/tutorials.json` so leaving and
/// re-entering resumes at the same step, with the values earlier steps printed (an OpenStack
/// tutorial's network and floating IP ids). A tutorial on another cloud than the embedded one is
/// kept under `NAME@CLOUD`, since its ids are that cloud's.
public struct TutorialProgress: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Where a tutorial was left: the step, and the values its steps took from the cloud.
    public struct Entry: Codable, Sendable, Equatable {
        public var step: Int
        public var bindings: TutorialBindings
        /// How many steps the tutorial walked has (its OpenStack steps are not the Synnefo ones).
        public var steps: Int?

        public init(step: Int, bindings: TutorialBindings = TutorialBindings(), steps: Int? = nil) {
            self.step = step
            self.bindings = bindings
            self.steps = steps
        }

        /// Files written before bindings existed hold the step alone.
        public init(from decoder: any Decoder) throws {
            if let step = try? decoder.singleValueContainer().decode(Int.self) {
                self.init(step: step)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                step: try container.decode(Int.self, forKey: .step),
                bindings: try container.decodeIfPresent(TutorialBindings.self, forKey: .bindings) ?? TutorialBindings(),
                steps: try container.decodeIfPresent(Int.self, forKey: .steps))
        }
    }

    /// The step to resume `key` at (0 when never started).
    public func step(of key: String) -> Int {
        load()[key]?.step ?? 0
    }

    /// Where `key` was left (step 0 and no values when never started).
    public func entry(of key: String) -> Entry {
        load()[key] ?? Entry(step: 0)
    }

    /// Records the step `key` is at, and the values its steps took so far.
    public func save(_ key: String, step: Int, bindings: TutorialBindings = TutorialBindings(), steps: Int? = nil) {
        var all = load()
        all[key] = Entry(step: step, bindings: bindings, steps: steps)
        guard let data = try? JSONEncoder().encode(all) else { return }
        PrivateFile.save(Array(data), to: path)
    }

    private func load() -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: path),
            let all = try? JSONDecoder().decode([String: Entry].self, from: data)
        else { return [:] }
        return all
    }
}
