import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki quota list`
struct QuotaList: KamakiCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Show user quotas")
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("resource"), help: "Show only resources whose name starts with this.") var resource: String?
    @Option(name: .customLong("project-id"), help: "Show only this project.") var projectID: String?
    @Flag(name: .customLong("bytes"), help: "Show sizes in bytes.") var bytes = false
    /// Accepted as on every other list: `quota list` always shows each resource's figures.
    @Flag(name: [.customShort("l"), .customLong("details")], help: "Show every figure (as quota list always does).") var details = false

    func execute(in context: CommandContext) async throws {
        let client = try await context.client()
        var quotas = try await client.quotas()
        if let projectID {
            guard let project = quotas[projectID] else {
                throw CommandError(
                    "User not assigned to project with id \"\(projectID)\"", details: ["To see all quotas:", "  kamaki quota list"])
            }
            quotas = JSONObject([(projectID, project)])
        }
        if let resource {
            var filtered = JSONObject()
            for (project, value) in quotas {
                var kept = JSONObject()
                for (name, figures) in value.objectValue ?? JSONObject() where name.hasPrefix(resource) { kept[name] = figures }
                if !kept.isEmpty { filtered[project] = .object(kept) }
            }
            guard !filtered.isEmpty else {
                throw CommandError("Resource \"\(resource)\" not found", details: ["To see all quotas:", "  kamaki quota list"])
            }
            quotas = filtered
        }
        if format.outputFormat == .table { return context.render.json(.array(records(quotas).map(JSON.object))) }
        if format.json { return context.render.json(.object(quotas)) }
        var text = ""
        for (project, value) in quotas {
            text += "\(project):\n"
            let resources = value.objectValue ?? JSONObject()
            for name in FieldOrder.ordered(resources.keys, preferred: FieldOrder.quotaResources) {
                guard let figures = resources[name]?.objectValue else { continue }
                text += "    \(name):\n"
                for key in FieldOrder.ordered(figures.keys, preferred: FieldOrder.quotaValues) {
                    guard let number = figures[key] else { continue }
                    text += "        \(key): \(shown(number, of: name))\n"
                }
            }
        }
        context.output.write(text, to: .standard)
    }

    /// A figure as printed: a size in units (`80GiB`) unless `--bytes`.
    func shown(_ number: JSON, of resource: String) -> String {
        guard !bytes, QuotaResource.byteResources.contains(resource), let value = number.intValue else { return Renderer.scalar(number) }
        return SizeFormat.format(Int64(value))
    }

    /// One row per project and resource, for `--output-format table`: `project`, `resource`, then its figures.
    func records(_ quotas: JSONObject) -> [JSONObject] {
        quotas.flatMap { project, value -> [JSONObject] in
            let resources = value.objectValue ?? JSONObject()
            return FieldOrder.ordered(resources.keys, preferred: FieldOrder.quotaResources).compactMap { name in
                guard let figures = resources[name]?.objectValue else { return nil }
                var record = JSONObject([("project", .string(project)), ("resource", .string(name))])
                for key in FieldOrder.ordered(figures.keys, preferred: FieldOrder.quotaValues) {
                    if let number = figures[key] { record[key] = .string(shown(number, of: name)) }
                }
                return record
            }
        }
    }
}
