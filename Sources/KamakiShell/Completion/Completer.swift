import KamakiAPI
import KamakiCommands

/// Completes the word under the cursor at every position: groups, verbs and built-ins, flags
/// (with their one-line help), flag values (`--output-format`, statuses), and resource ids
/// (positional ids, `--server-id`, `--network-id`, …) with their names and addresses beside them.
/// Pure: ids come from the `ids` function, which the shell backs with its cache.
public struct Completer {
    public let catalog: CommandCatalog
    /// The known ids of a kind.
    public let ids: (IDKind) -> [IDEntry]
    /// The config file as it is now, for cloud names (`--cloud`) and option keys (`config get`); read
    /// only when such a word is completed.
    public var config: () -> ConfigFile? = { nil }
    /// Where file paths are looked up (`-c`, `--ca-certs`, `-p`, after `!cmd`).
    public var paths = PathCompleter(workingDirectory: nil)
    /// The clouds `use cloud` and `--cloud` can switch to, or (`.openStack`) `--os-cloud`'s: ``CloudNames``.
    public var cloudNames: (CloudNames.Scope) -> [String] = { _ in [] }

    public init(catalog: CommandCatalog, ids: @escaping (IDKind) -> [IDEntry]) {
        self.catalog = catalog
        self.ids = ids
    }

    /// A list of candidates; a fuzzy list is also matched by alias and substring.
    struct Choices {
        var items: [Candidate]
        var fuzzy = true
    }

    /// The word being completed and the candidate lists for it, first list first.
    struct Slot {
        var partial: String
        var replaceFrom: Int
        var lists: [Choices]
    }

    /// Completes `text`, the line up to the cursor, typed in `group` (nil at the top).
    public func complete(_ text: String, group: String?) -> CompletionResult {
        let scanned = ShellWords.scan(text)
        var words = scanned.texts
        var word: ShellWords.Word?
        if scanned.endsInWord {
            word = scanned.words.last
            words.removeLast()
        }
        let start = word?.rawStart ?? scanned.rawLength
        var slot = Slot(partial: word?.text ?? "", replaceFrom: start, lists: [])
        if scanned.hasComment {
            slot.lists = []
        } else if words.isEmpty {
            slot = firstWord(slot, word: word, group: group)
        } else {
            slot.lists = later(words, slot: &slot, word: word, group: group)
        }
        var matches: [Candidate] = []
        var tier = CandidateMatcher.Tier.prefix
        for list in slot.lists {
            let found = CandidateMatcher.match(list.items, partial: slot.partial)
            if !found.matches.isEmpty, list.fuzzy || found.tier == .prefix {
                (matches, tier) = found
                break
            }
        }
        return CompletionResult(
            replaceFrom: slot.replaceFrom, cursor: scanned.rawLength, partial: slot.partial, openQuote: scanned.openQuote,
            matches: matches, tier: tier)
    }

    // MARK: - the first word

    func firstWord(_ slot: Slot, word: ShellWords.Word?, group: String?) -> Slot {
        var slot = slot
        for marker in ["/", "?"] where slot.partial.hasPrefix(marker) {
            slot.partial.removeFirst()
            slot.replaceFrom = (word?.offsets.dropFirst().first) ?? (word?.rawEnd ?? slot.replaceFrom)
            slot.lists = marker == "/" ? firstWordLists(group: nil) : helpTopics(group: group)
            return slot
        }
        if slot.partial.hasPrefix("!") { return slot }
        slot.lists = firstWordLists(group: group)
        return slot
    }

    func firstWordLists(group: String?) -> [Choices] {
        let builtins = ShellBuiltin.all.map { Candidate($0.name, detail: $0.help) }
        let groups = catalog.groups.map { Candidate($0.name, detail: $0.abstract) }
        if let group, let current = catalog.group(group) {
            return [Choices(items: verbs(of: current) + builtins), Choices(items: groups + bareVerbs(excluding: group))]
        }
        return [Choices(items: groups + builtins), Choices(items: bareVerbs(excluding: nil))]
    }

    func verbs(of group: CommandCatalog.Group) -> [Candidate] {
        group.verbs.map { Candidate($0.name, detail: $0.abstract) }
    }

    /// Verbs that belong to exactly one group (so typing them alone runs that group's verb).
    func bareVerbs(excluding group: String?) -> [Candidate] {
        var seen: [String: Int] = [:]
        for g in catalog.groups { for verb in g.verbs { seen[verb.name, default: 0] += 1 } }
        return catalog.groups.filter { $0.name != group }.flatMap { g in
            g.verbs.filter { seen[$0.name] == 1 }.map { Candidate($0.name, detail: "\(g.name) \($0.name): \($0.abstract)") }
        }
    }

    /// What `help`/`?` takes: the group's verbs, groups and built-ins, then the verbs of one group alone
    /// (`?attach` is `help ip attach`).
    func helpTopics(group: String?) -> [Choices] {
        let groups = catalog.groups.map { Candidate($0.name, detail: $0.abstract) }
        let builtins = ShellBuiltin.all.map { Candidate($0.name, detail: $0.help) }
        let own = group.flatMap { catalog.group($0) }.map(verbs) ?? []
        return [Choices(items: own + groups + builtins), Choices(items: bareVerbs(excluding: group))]
    }

    // MARK: - later words

    func later(_ words: [String], slot: inout Slot, word: ShellWords.Word?, group: String?) -> [Choices] {
        var words = words
        var group = group
        if words.first == "kamaki" {
            words.removeFirst()
            group = nil
            if words.isEmpty {
                slot = firstWord(slot, word: word, group: nil)
                return slot.lists
            }
        } else if let first = words.first, first.hasPrefix("/") {
            words[0].removeFirst()
            group = nil
            if words[0].isEmpty { words.removeFirst() }
            if words.isEmpty { return firstWordLists(group: nil) }
        }
        switch words[0] {
        case "help", "?": return words.count == 1 ? helpTopics(group: group) : helpVerbs(words[1])
        case "use": return selectionLists(words, withIDs: true)
        case "unuse": return selectionLists(words, withIDs: false)
        case "exit", "..", "context": return []
        case "tutorial":
            guard words.count == 1 else { return [] }
            let names = Tutorial.available.map { Candidate($0, detail: "start or resume this tutorial") }
            return [
                Choices(
                    items: names + [
                        Candidate("stop", detail: "leave the tutorial"), Candidate("reset", detail: "start over on the tutorial's world"),
                    ])
            ]
        default: break
        }
        if words[0].hasPrefix("?") { return [] }
        if words[0].hasPrefix("!") || words[0] == "shell" { return [Choices(items: paths.candidates(slot.partial), fuzzy: false)] }
        return command(words, slot: &slot, word: word, group: group)
    }

    func helpVerbs(_ name: String) -> [Choices] {
        guard let group = catalog.group(name) else { return [] }
        return [Choices(items: verbs(of: group))]
    }

    func selectionLists(_ words: [String], withIDs: Bool) -> [Choices] {
        if words.count == 1 {
            let cloud = withIDs ? [Candidate("cloud", detail: "switch the session's cloud")] : []
            return [
                Choices(items: ShellAction.Selection.allCases.map { Candidate($0.rawValue, detail: "select a \($0.rawValue)") } + cloud)
            ]
        }
        if withIDs, words.count == 2, words[1] == "cloud" {
            return [Choices(items: CloudNames.offerable(cloudNames(.any)).map { Candidate($0) })]
        }
        guard withIDs, words.count == 2, let selection = ShellAction.Selection(rawValue: words[1]) else { return [] }
        return [Choices(items: idCandidates(selection.kind))]
    }

    func command(_ words: [String], slot: inout Slot, word: ShellWords.Word?, group: String?) -> [Choices] {
        if let group, let current = catalog.group(group), let verb = current.verb(words[0]) {
            return arguments(verb, group: group, rest: words.dropFirst(), slot: &slot, word: word)
        }
        if let named = catalog.group(words[0]) {
            if words.count == 1 { return [Choices(items: verbs(of: named))] }
            guard let verb = named.verb(words[1]) else { return [] }
            return arguments(verb, group: named.name, rest: words.dropFirst(2), slot: &slot, word: word)
        }
        if group == nil, words[0].hasPrefix("-") {
            var rest = words.dropFirst()
            if let option = catalog.globalOptions.first(where: { $0.names.contains(words[0]) }), option.takesValue {
                if rest.isEmpty { return values(of: option, verb: "", group: "", partial: slot.partial) }
                rest = rest.dropFirst()
            }
            if rest.isEmpty {
                slot = firstWord(slot, word: word, group: nil)
                return slot.lists
            }
            return command(Array(rest), slot: &slot, word: word, group: nil)
        }
        let owners = catalog.groups(havingVerb: words[0])
        guard owners.count == 1, let verb = owners[0].verb(words[0]) else { return [] }
        return arguments(verb, group: owners[0].name, rest: words.dropFirst(), slot: &slot, word: word)
    }
}
