/// The part of swift-argument-parser's `--experimental-dump-help` JSON (ToolInfo v0) the
/// catalog reads. Our own mirror, so the catalog does not import `ArgumentParserToolInfo`
/// (not a declared product); unknown keys are ignored, missing optional keys are nil.
struct ToolInfoMirror: Decodable {
    var serializationVersion: Int
    var command: Command

    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var aliases: [String]?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    struct Argument: Decodable {
        enum Kind: String, Decodable {
            case positional, option, flag
        }

        struct Name: Decodable {
            /// `long`, `short` or `longWithSingleDash`.
            var kind: String
            var name: String

            /// The spelling a user types: `--name`, `-n`, `-name`.
            var spelling: String {
                switch kind {
                case "long": "--" + name
                default: "-" + name
                }
            }
        }

        var kind: Kind
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var preferredName: Name?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?
        var completionKind: CompletionKind?

        /// The completion an argument declares; only whether it is custom (kamaki's live ids,
        /// ``IDCompletion``) or a file path is read: `{"custom": {}}`, `{"customAsync": {}}`, `{"file": {…}}`, …
        struct CompletionKind: Decodable {
            var isCustom: Bool
            var isFile = false

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Key.self)
                isCustom = container.allKeys.contains { $0.stringValue.hasPrefix("custom") }
                isFile = container.allKeys.contains { $0.stringValue == "file" }
            }

            struct Key: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }
        }

        /// The kind of id the argument takes: declared by its custom completion and value name.
        var idKind: IDKind? {
            guard completionKind?.isCustom == true, let valueName else { return nil }
            return IDKind(valueName: valueName)
        }
    }
}
