import Foundation
import KamakiCommands

/// A guided tutorial: steps written from a tutorial page, shipped as JSON beside the binary
/// (`Tutorials/<name>.json`), and used both by the walkthrough and by the transcript test.
public struct Tutorial: Codable, Sendable, Equatable {
    /// One step: an explanation, the command to run, what it should show, and how the result relates.
    public struct Step: Codable, Sendable, Equatable {
        /// What the command must print for the step to count as done.
        public struct Expectation: Codable, Sendable, Equatable {
            public var status: Int32
            /// Substrings of standard output.
            public var stdout: [String]?
            /// Substrings of standard error.
            public var stderr: [String]?
        }

        /// A section heading that starts here.
        public var section: String?
        /// The lines shown before the command.
        public var explain: [String]?
        /// The line the user runs, as the tutorial writes it (a leading `kamaki` is accepted).
        public var command: String
        /// A note: shown with its command, not run by the walkthrough.
        public var note: Bool?
        /// The step's point is an error (the 409, the 413, …).
        public var expectedFailure: Bool?
        /// What the command should print; nil for lines that print nothing to check (`ip`).
        public var expect: Expectation?
        /// How the result relates to the tutorial.
        public var result: String

        public var isNote: Bool { note ?? false }
    }

    public var name: String
    public var title: String
    public var source: String
    public var steps: [Step]
}

extension Tutorial {
    /// The names of the tutorials shipped, and where they are.
    public static func available(in directory: String? = Tutorial.directory) -> [String] {
        guard let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads a tutorial by name.
    public static func load(_ name: String, from directory: String? = Tutorial.directory) throws -> Tutorial {
        guard let directory else { throw TutorialError.dataMissing }
        let path = directory + "/" + name + ".json"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TutorialError.unknown(name, available: available(in: directory))
        }
        do {
            return try JSONDecoder().decode(Tutorial.self, from: data)
        } catch {
            throw TutorialError.invalid(path, String(describing: error))
        }
    }

    /// Where the tutorial files are: `$KAMAKI_TUTORIALS`, else the resource folder beside the executable
    /// (`kamaki_KamakiShell.resources`, as SwiftPM lays it out), else none.
    public static var directory: String? {
        if let path = RunEnvironment.current(embeddedCloud: nil).variables["KAMAKI_TUTORIALS"], !path.isEmpty { return path }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let candidates = [
            executable.deletingLastPathComponent().appendingPathComponent("kamaki_KamakiShell.resources").path,
            executable.deletingLastPathComponent().appendingPathComponent("kamaki_KamakiShell.resources/Tutorials").path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/network.json") }
    }
}

/// Why a tutorial could not be loaded.
public enum TutorialError: Error, CustomStringConvertible, Equatable {
    case dataMissing
    case unknown(String, available: [String])
    case invalid(String, String)

    public var description: String {
        switch self {
        case .dataMissing: "The tutorial files are not installed beside kamaki (set KAMAKI_TUTORIALS to their folder)"
        case .unknown(let name, let available): "No tutorial named \(name); available: \(available.joined(separator: ", "))"
        case .invalid(let path, let why): "The tutorial file \(path) is not valid: \(why)"
        }
    }
}
