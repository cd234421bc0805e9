import KamakiCommands

/// The text of `help`, `?`, `help GROUP` and `?VERB`.
struct ShellHelp {
    let catalog: CommandCatalog

    /// Help for a topic path: `[]` (the top), `[group]`, `[group, verb]`.
    func text(_ topic: [String], columns: Int?) -> String {
        switch topic.count {
        case 0:
            return section("kamaki commands", catalog.groups.map { ($0.name, $0.abstract) }) + "\n" + shellSection
        case 1:
            if let builtin = ShellBuiltin.all.first(where: { $0.name == topic[0] }) { return "\(builtin.name): \(builtin.help)\n" }
            guard let group = catalog.group(topic[0]) else { return "" }
            return group.abstract + " (\(group.name) -h for more options)\n\n"
                + section("\(group.name) commands", group.verbs.map { ($0.name, $0.abstract) }) + "\n" + shellPointer
        default:
            guard let verb = catalog.verb(topic[0], topic[1]) else { return "" }
            var text = verb.abstract + " (\(verb.name) -h for more options)\n"
            text += "Syntax: \(verb.usage)\n"
            let options = verb.options.filter { !$0.isGlobal }
            if !options.isEmpty {
                text +=
                    "\n"
                    + section(
                        "Options",
                        options.map { option in
                            let name = option.names.joined(separator: ", ") + (option.takesValue ? " <value>" : "")
                            return (name, option.help)
                        })
            }
            return text
        }
    }

    /// One line under a group's help where the top help has ``shellSection`` (11 lines, the same in every group).
    var shellPointer: String {
        "The shell's own commands (use, context, exit, quit, …): help\n"
    }

    var shellSection: String {
        section("interactive shell commands", ShellBuiltin.all.map { ($0.name, $0.help) } + ShellBuiltin.forms.map { ($0.form, $0.help) })
    }

    func section(_ title: String, _ rows: [(String, String)]) -> String {
        let width = rows.map { $0.0.count }.max() ?? 0
        var text = title + ":\n" + String(repeating: "=", count: title.count + 1) + "\n"
        for (name, help) in rows {
            text += name + String(repeating: " ", count: width - name.count + 2) + help + "\n"
        }
        return text
    }
}
