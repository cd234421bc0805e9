import KamakiAPI
import KamakiCommands

extension Completer {
    /// Completes after `group verb`: option values, options, or positional ids.
    func arguments(
        _ verb: CommandCatalog.Verb, group: String, rest: ArraySlice<String>, slot: inout Slot, word: ShellWords.Word?
    ) -> [Choices] {
        var positionals = 0
        var used = Set<String>()
        var pending: CommandCatalog.Option?
        var terminated = false
        for item in rest {
            if pending != nil {
                pending = nil
            } else if terminated || !Self.isOption(item) {
                positionals += 1
            } else if item == "--" {
                terminated = true
            } else if let equals = item.firstIndex(of: "=") {
                if let option = verb.option(String(item[..<equals])) { used.formUnion(option.names) }
            } else if let option = verb.option(item) {
                used.formUnion(option.names)
                if option.takesValue { pending = option }
            }
        }
        if let pending {
            if pending.names.contains("-c"), TableColumns.asked(in: Array(rest)) { return [Choices(items: columns(group), fuzzy: false)] }
            return values(of: pending, verb: verb.name, group: group, partial: slot.partial)
        }
        if !terminated, Self.isOption(slot.partial) || slot.partial == "-" {
            guard let equals = slot.partial.firstIndex(of: "=") else { return options(of: verb, used: used, partial: slot.partial) }
            guard let option = verb.option(String(slot.partial[..<equals])), option.takesValue else { return [] }
            let nameLength = slot.partial[..<equals].unicodeScalars.count
            if let word, nameLength < word.offsets.count { slot.replaceFrom = word.offsets[nameLength] + 1 }
            slot.partial = String(slot.partial[slot.partial.index(after: equals)...])
            return values(of: option, verb: verb.name, group: group, partial: slot.partial)
        }
        let positional =
            positionals < verb.positionals.count
            ? verb.positionals[positionals] : verb.positionals.last.flatMap { $0.isRepeating ? $0 : nil }
        if group == "config", positionals == 0, ["get", "set", "delete"].contains(verb.name) {
            let keys = ConfigKeys.candidates(config(), verb: verb.name, typed: slot.partial)
            return [Choices(items: keys.filter { !TerminalText.containsControl($0) }.map { Candidate($0) }, fuzzy: false)]
        }
        if let positional {
            return positional.idKind.map { [Choices(items: idCandidates($0, usableBy: (group, verb.name, nil)))] } ?? []
        }
        return slot.partial.isEmpty ? options(of: verb, used: used, partial: "") : []
    }

    /// The resources Synnefo's quotas have (`quota list --resource` takes a prefix of one).
    static let quotaResources = [
        "cyclades.cpu", "cyclades.disk", "cyclades.floating_ip", "cyclades.network.private", "cyclades.ram", "cyclades.vm",
        "pithos.diskspace",
    ]

    /// A word that names an option (`-w`, `--wait`, `--name=x`), not a value such as `-1`.
    static func isOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        let second = word[word.index(after: word.startIndex)]
        return !second.isNumber
    }

    /// The verb's options not given yet (repeatable ones always), own options before global ones.
    func options(of verb: CommandCatalog.Verb, used: Set<String>, partial: String) -> [Choices] {
        func candidates(_ global: Bool) -> [Candidate] {
            verb.options.filter { $0.isGlobal == global && ($0.repeatable || used.isDisjoint(with: $0.names)) }.map { option in
                // A short name only when it is what is being typed (`-l`); `-` alone lists the long ones.
                let shown = option.names.first { $0.hasPrefix(partial) && partial.count > 1 } ?? option.name
                let terminator = option.takesValue && shown.hasPrefix("--") ? "=" : " "
                // The short spellings beside the long one (`--details  (-l) Show every field.`).
                let short = option.names.filter { !$0.hasPrefix("--") && $0 != shown }
                let detail = short.isEmpty ? option.help : "(\(short.joined(separator: ", "))) \(option.help)"
                return Candidate(shown, detail: detail, aliases: [], terminator: terminator)
            }
        }
        return [Choices(items: candidates(false), fuzzy: false), Choices(items: candidates(true), fuzzy: false)]
    }

    /// The values an option takes: its choices, or ids of its kind.
    func values(of option: CommandCatalog.Option, verb: String, group: String, partial: String = "") -> [Choices] {
        if option.takesFile { return [Choices(items: paths.candidates(partial), fuzzy: false)] }
        if option.name == "--cloud" || option.name == "--os-cloud" {
            let clouds = CloudNames.offerable(cloudNames(option.name == "--cloud" ? .any : .openStack))
            return [Choices(items: clouds.map { Candidate($0, detail: "cloud") })]
        }
        if group == "server", verb == "create", option.name == "--network" { return [Choices(items: serverNetworks(partial))] }
        if let kind = option.idKind { return [Choices(items: idCandidates(kind, usableBy: (group, verb, option.name)))] }
        // The name filters of a list take the names the id cache knows.
        // A name with a control character is not offered: inserted into the line, the line
        // editor would echo it to the terminal.
        if verb == "list", option.name.hasPrefix("--name"), let kind = IDKind(rawValue: group) {
            let names = Set(ids(kind).compactMap { $0.labels.first }.filter { !$0.isEmpty && !TerminalText.containsControl($0) })
            return [Choices(items: names.sorted().map { Candidate($0) })]
        }
        if group == "quota", option.name == "--resource" { return [Choices(items: Self.quotaResources.map { Candidate($0) })] }
        return [Choices(items: option.choices.map { Candidate($0) })]
    }

    /// The known ids of a kind, with their labels beside them; labels find their ids. Where a
    /// command can use only some (`ip detach` an attached IP, `ip attach` a free one,
    /// `ip create --network-id` a public network), only those, unless none is such.
    func idCandidates(_ kind: IDKind, usableBy place: (group: String, verb: String, option: String?)? = nil) -> [Candidate] {
        // Only ids a cloud's API can return (the cache keeps no others; a cache made elsewhere might).
        var entries = ids(kind).filter { $0.isWellFormed(as: kind) }
        let usable: ((IDEntry) -> Bool)? =
            switch (place?.group, place?.verb, place?.option, kind) {
            case ("ip", "detach", nil, .floatingIP): { !Self.isFree($0) }
            case ("ip", "attach", nil, .floatingIP): Self.isFree
            case ("ip", "create", "--network-id", .network): { $0.labels.last == "public" }
            // The public network cannot be deleted.
            case ("network", "delete", nil, .network): { $0.labels.last != "public" }
            default: nil
            }
        if let usable, entries.contains(where: usable) { entries = entries.filter(usable) }
        return entries.map { entry in
            Candidate(entry.id, aliases: entry.labels)
        }
    }

    /// The columns `-c` takes after `--output-format table`: the fields kamaki knows the group's resources to have.
    func columns(_ group: String) -> [Candidate] {
        TableColumns.known(group: group).map { Candidate($0) }
    }

    /// Whether a cached floating IP is attached to nothing (its second label).
    static func isFree(_ entry: IDEntry) -> Bool {
        entry.labels.count > 1 && entry.labels[1] == "free"
    }

    /// `server create --network [id=]NETWORK_ID[,[ip=]IP]`: network ids; after the comma, the free
    /// floating IPs reserved on that network (all free ones when the cache does not say their
    /// networks), each as the whole value (`1,192.168.3.6`).
    func serverNetworks(_ partial: String) -> [Candidate] {
        guard let comma = partial.firstIndex(of: ",") else { return idCandidates(.network) }
        let head = String(partial[...comma])
        var network = String(partial[..<comma])
        if network.hasPrefix("id=") { network.removeFirst(3) }
        let free = ids(.floatingIP).filter { $0.isWellFormed && Self.isFree($0) && !$0.labels[0].isEmpty }
        let label = "network \(network)"
        let known = free.contains { $0.labels.contains { $0.hasPrefix("network ") } }
        return free.filter { !known || $0.labels.contains(label) }.filter { !TerminalText.containsControl($0.labels[0]) }.map { entry in
            Candidate(head + entry.labels[0], aliases: [entry.id] + entry.labels.dropFirst())
        }
    }
}
