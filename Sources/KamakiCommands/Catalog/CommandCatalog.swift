/// A description of the command registry for the shell's completion, help and resolver:
/// groups, their verbs, each verb's positionals and options, with value choices and the kind
/// of resource id a value names.
///
/// Built once from `Kamaki._dumpHelp()` (decoded into ``ToolInfoMirror``) plus
/// `Kamaki.configuration.subcommands`; ``shared`` is computed lazily and then cached.
public struct CommandCatalog: Sendable, Equatable {
    /// An option or flag of a verb.
    public struct Option: Sendable, Equatable {
        /// Every spelling, long ones first: `["--wait", "-w"]`.
        public var names: [String]
        /// One-line help.
        public var help: String
        /// Whether it takes a value (`--name X`); flags do not.
        public var takesValue: Bool
        /// Whether it may be given more than once.
        public var repeatable: Bool
        /// The values it accepts, when they are a known set.
        public var choices: [String]
        /// The kind of resource id its value names.
        public var idKind: IDKind?
        /// Whether it is one of the global options every command accepts.
        public var isGlobal: Bool
        /// Whether its value is a local file's path (`--config`, `--ca-certs`, `--personality`).
        public var takesFile = false

        /// The preferred spelling.
        public var name: String { names.first ?? "" }
    }

    /// A positional argument of a verb.
    public struct Positional: Sendable, Equatable {
        public var name: String
        public var help: String
        public var isOptional: Bool
        public var isRepeating: Bool
        /// The kind of resource id it names.
        public var idKind: IDKind?
    }

    /// A command: `attach` in `ip attach`.
    public struct Verb: Sendable, Equatable {
        public var name: String
        public var abstract: String
        /// A short synopsis: `attach <ip> [options]`.
        public var usage: String
        public var positionals: [Positional]
        public var options: [Option]

        /// The option spelled `spelling` (any of its names).
        public func option(_ spelling: String) -> Option? {
            options.first { $0.names.contains(spelling) }
        }
    }

    /// A command group: `ip`.
    public struct Group: Sendable, Equatable {
        public var name: String
        public var abstract: String
        public var verbs: [Verb]
        /// Whether the group works on this machine's files or its embedded cloud (`config`,
        /// `history`, `local`) rather than on the selected cloud: the shell runs its verbs only
        /// with the group named or entered, never from a bare verb or a "did you mean".
        public var isLocal: Bool

        public init(name: String, abstract: String, verbs: [Verb], isLocal: Bool = false) {
            self.name = name
            self.abstract = abstract
            self.verbs = verbs
            self.isLocal = isLocal
        }

        public func verb(_ name: String) -> Verb? {
            verbs.first { $0.name == name }
        }
    }

    public var groups: [Group]
    /// The options the root accepts before a group (`--cloud`, `-v`, …).
    public var globalOptions: [Option]

    public init(groups: [Group], globalOptions: [Option]) {
        self.groups = groups
        self.globalOptions = globalOptions
    }

    /// The catalog of ``Kamaki``'s registry, built on first use.
    public static let shared: CommandCatalog = {
        do {
            return try CommandCatalog.build()
        } catch {
            // The upgrade-alarm test fails loudly on this; the shell still works, without completion.
            return CommandCatalog(groups: [], globalOptions: [])
        }
    }()

    public func group(_ name: String) -> Group? {
        groups.first { $0.name == name }
    }

    /// The groups that have a verb of this name, in registry order.
    public func groups(havingVerb verb: String) -> [Group] {
        groups.filter { $0.verb(verb) != nil }
    }

    /// The cloud groups (not ``Group/isLocal``) that have a verb of this name: where a bare verb may go.
    public func cloudGroups(havingVerb verb: String) -> [Group] {
        groups.filter { !$0.isLocal && $0.verb(verb) != nil }
    }

    /// The verb at `group verb`.
    public func verb(_ group: String, _ verb: String) -> Verb? {
        self.group(group)?.verb(verb)
    }
}

/// A command group whose verbs change this machine's files or its embedded cloud (`config`,
/// `history`, `local`): see ``CommandCatalog/Group/isLocal``.
protocol LocalStateGroup {}

extension ConfigGroup: LocalStateGroup {}
extension HistoryGroup: LocalStateGroup {}
extension LocalGroup: LocalStateGroup {}
