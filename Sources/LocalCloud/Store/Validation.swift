import KamakiAPI

/// Request checks shared by several resources, with Synnefo's messages.
enum Validation {
    /// The optional `name` member: 400 if not a string or longer than `limit` characters.
    static func name(_ info: JSONObject, limit: Int, tooLong: String) throws -> String? {
        guard let value = info["name"], !value.isNull else { return nil }
        guard let name = value.stringValue, !name.utf8.contains(0) else { throw APIFault.invalidField("name") }
        guard name.count <= limit else { throw APIFault.badRequest(tooLong) }
        return name
    }

    /// A server's new name: present, a string without NUL (SQLite would cut it there), at most 255 characters.
    static func serverName(_ info: JSONObject) throws -> String {
        guard let value = info["name"] else { throw APIFault.missingAttribute("name") }
        guard let name = value.stringValue, !name.utf8.contains(0) else { throw APIFault.invalidField("name") }
        guard name.count <= 255 else { throw APIFault.badRequest("Server name is too long") }
        return name
    }

    /// `project` and `shared_to_project` in a create body, for a single-owner cloud with sharing disabled.
    static func singleOwner(_ info: JSONObject, user: String) throws {
        if let shared = info["shared_to_project"], !shared.isNull {
            guard let flag = shared.boolValue else { throw APIFault.invalidField("shared_to_project") }
            if flag { throw APIFault.forbidden("Sharing resource to the members of the project is not permitted") }
        }
        if let project = info["project"], !project.isNull {
            guard let text = project.stringValue else { throw APIFault.invalidField("project") }
            if text != user { throw APIFault.badRequest("User \(user) not in project \(text)") }
        }
    }

    /// The body of a `reassign` action: returns the target project.
    static func reassign(_ body: JSON, exactlyOneKey: Bool) throws -> (String, Bool) {
        guard let object = body.objectValue, !object.isEmpty else { throw APIFault.badRequest("Malformed request.") }
        if exactlyOneKey, object.count != 1 { throw APIFault.badRequest("Malformed request.") }
        guard let key = object.keys.first, key == "reassign" else {
            throw APIFault.badRequest("Action \(object.keys.first ?? "") not supported.")
        }
        guard let arguments = object[key]?.objectValue else { throw APIFault.badRequest("Invalid argument.") }
        guard let project = arguments["project"]?.stringValue else { throw APIFault.badRequest("Missing 'project' attribute.") }
        let shared = arguments["shared_to_project"]?.boolValue ?? false
        if shared { throw APIFault.forbidden("Sharing resource to the members of the project is not permitted") }
        return (project, shared)
    }

    /// An id given as a JSON string or integer, as text; `nil` when it is neither.
    static func idText(_ value: JSON) -> String? {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        default: nil
        }
    }
}
