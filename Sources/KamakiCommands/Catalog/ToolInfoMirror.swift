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
    }
}
