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
        if format.json { return context.render.json(.object(quotas)) }
        var text = ""
        for (project, value) in quotas {
            text += "\(project):\n"
            let resources = value.objectValue ?? JSONObject()
            for name in FieldOrder.ordered(resources.keys, preferred: FieldOrder.quotaResources) {
                guard let figures = resources[name]?.objectValue else { continue }
                text += "    \(name):\n"
                let sized = !bytes && QuotaResource.byteResources.contains(name)
                for key in FieldOrder.ordered(figures.keys, preferred: FieldOrder.quotaValues) {
                    guard let number = figures[key] else { continue }
                    let shown =
                        sized ? number.intValue.map { SizeFormat.format(Int64($0)) } ?? Renderer.scalar(number) : Renderer.scalar(number)
                    text += "        \(key): \(shown)\n"
                }
            }
        }
        context.output.write(text, to: .standard)
    }
}
