import Foundation
import KamakiClient

/// A guided tutorial: steps written from a tutorial page, compiled into the binary as JSON
/// (``builtIn``), and used both by the walkthrough and by the transcript test.
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
        /// Bindings to take from the output (binding name → field, e.g. `"net": "id"`) for later
        /// steps' `{net}` (``TutorialBindings``).
        public var capture: [String: String]?

        public var isNote: Bool { note ?? false }
    }

    public var name: String
    public var title: String
    public var source: String
    /// The cloud the steps are written for: nil for Synnefo's (the embedded cloud's ids), `openstack`
    /// for steps whose ids are found on the cloud when the tutorial starts.
    public var cloud: String?
    public var steps: [Step]
}

extension Tutorial {
    /// The tutorials compiled into kamaki, by name: their steps as JSON.
    static let builtIn: [String: String] = ["network": networkJSON, "servers": serversJSON]
    /// The same tutorials written for an OpenStack cloud, where there are such steps.
    static let builtInOpenStack: [String: String] = ["network": networkOpenStackJSON]

    /// The names of the tutorials shipped.
    public static var available: [String] { builtIn.keys.sorted() }

    /// Loads a shipped tutorial by name, with the steps written for `dialect`'s clouds.
    public static func load(_ name: String, dialect: CloudDialect = .synnefo) throws -> Tutorial {
        guard builtIn[name] != nil else { throw TutorialError.unknown(name, available: available) }
        let variant = dialect == .openstack ? builtInOpenStack[name] : builtIn[name]
        guard let json = variant else {
            throw TutorialError.notForOpenStack(name, available: builtInOpenStack.keys.sorted())
        }
        do {
            return try JSONDecoder().decode(Tutorial.self, from: Data(json.utf8))
        } catch {
            throw TutorialError.invalid(name, String(describing: error))
        }
    }
}

/// Why a tutorial could not be loaded.
public enum TutorialError: Error, CustomStringConvertible, Equatable {
    case unknown(String, available: [String])
    case invalid(String, String)
    case notForOpenStack(String, available: [String])

    public var description: String {
        switch self {
        case .unknown(let name, let available): "No tutorial named \(name); available: \(available.joined(separator: ", "))"
        case .invalid(let name, let why): "The \(name) tutorial's steps are not valid: \(why)"
        case .notForOpenStack(let name, let available):
            "The \(name) tutorial's steps are written for a Synnefo cloud, and this one is OpenStack; "
                + "run it on the embedded cloud (kamaki --cloud local), or here: tutorial \(available.joined(separator: ", "))"
        }
    }
}
