import KamakiAPI

/// A `POST /servers/{id}/action` body, read as Synnefo's `demux_server_action` reads it.
enum ServerAction: Sendable {
    case start
    case stop
    case reboot(hard: Bool)
    case console(type: String)

    /// Actions Synnefo has that the local cloud does not simulate (answered with 501).
    static let notSimulated: Set<String> = [
        "delete", "create", "suspend", "resize", "rescue", "unrescue", "addFloatingIp", "removeFloatingIp", "firewallProfile",
        "reassign", "os-getVNCConsole", "os-getRDPConsole", "os-getSPICEConsole",
    ]

    init(_ body: JSON) throws {
        guard let object = body.objectValue else { throw APIFault.badRequest("Malformed request") }
        guard let name = object.keys.first, let value = object[name] else { throw APIFault.badRequest("Malformed Request.") }
        let arguments: JSONObject
        switch value {
        case .object(let members): arguments = members
        case .null: arguments = JSONObject()
        default:
            if Self.simulated.contains(name) || Self.notSimulated.contains(name) { throw APIFault.invalidField(name) }
            throw APIFault.badRequest("Action \(name) not supported")
        }
        switch name {
        case "start", "os-start": self = .start
        case "shutdown", "os-stop": self = .stop
        case "reboot":
            let type = arguments["type"] ?? "SOFT"
            guard type == "SOFT" || type == "HARD" else { throw APIFault.badRequest("Invalid 'type' attribute.") }
            self = .reboot(hard: type == "HARD")
        case "console":
            guard let type = arguments["type"], !type.isNull else { throw APIFault.badRequest("No console 'type' specified.") }
            guard let text = type.stringValue, ["vnc", "vnc-ws", "vnc-wss"].contains(text) else {
                throw APIFault.badRequest("Supported types: vnc, vnc-ws, vnc-wss")
            }
            self = .console(type: text)
        case _ where Self.notSimulated.contains(name):
            throw APIFault.notImplemented("The local cloud does not simulate the '\(name)' action.")
        default:
            throw APIFault.badRequest("Action \(name) not supported")
        }
    }

    private static let simulated: Set<String> = ["start", "os-start", "shutdown", "os-stop", "reboot", "console"]
}
