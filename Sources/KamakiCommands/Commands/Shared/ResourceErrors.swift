import KamakiAPI
import KamakiClient

/// kamaki's translations of 400/404 on an id into "No <kind> with id X found" plus hints (kamaki-cli.md §5.3).
enum ResourceErrors {
    static func notFound(_ error: any Error, kind: IDKind, id: String) -> any Error {
        guard let error = error as? ClientError, case .http(let status, let reason, let fault, let body) = error.kind,
            status == 404 || status == 400
        else { return error }
        var details: [String] = []
        if status == 400, ResourceID.synnefo(id) == nil, !CloudDialect.isUUID(id) {
            details.append("\(kind.noun.prefix(1).uppercased() + kind.noun.dropFirst()) ids are positive integers")
        }
        details += ["To get a list of \(kind.noun)s:", "  \(kind.listCommand)"]
        details.append(ErrorPresenter.rawLine(status: status, reason: reason, fault: fault, body: body))
        return CommandError("(\(status)) No \(kind.noun) with id \(id) found", details: details)
    }

    /// kamaki's existence probes: after a create answered 400 or 404, the network and then the server
    /// it named are looked up, and one that does not exist is what the error says (the cloud's own
    /// message, e.g. `Invalid networkd ID.`, names neither the id nor what to do). Otherwise the
    /// create's error stands.
    static func probed(_ error: any Error, client: CloudClient, network: String?, server: String?) async -> any Error {
        guard let failure = error as? ClientError, let status = failure.status, status == 400 || status == 404 else { return error }
        if let network {
            do {
                _ = try await client.network(network)
            } catch {
                if case let missing as CommandError = notFound(error, kind: .network, id: network) {
                    return missing
                }
            }
        }
        if let server {
            do {
                _ = try await ResourceLookup.server(server, client: client)
            } catch let missing as CommandError {
                return missing
            } catch {}
        }
        return error
    }

    /// Runs `body`, translating a missing-id error.
    static func lookup<T>(kind: IDKind, id: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw notFound(error, kind: kind, id: id)
        }
    }

    /// Runs `body`, translating a missing floating IP into kamaki's message and hints.
    static func lookup<T>(floatingIP id: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            let translated = notFound(error, kind: .floatingIP, id: id)
            guard var block = translated as? CommandError else { throw translated }
            block.details.insert(contentsOf: ["To reserve a new IP:", "  kamaki ip create"], at: block.details.count - 1)
            throw block
        }
    }

    /// kamaki's messages for a network that is in use (409) or not the user's to change (403).
    static func networkChange(_ error: any Error, id: String, action: String) -> any Error {
        guard let client = error as? ClientError, case .http(let status, let reason, let fault, let body) = client.kind else {
            return error
        }
        let raw = ErrorPresenter.rawLine(status: status, reason: reason, fault: fault, body: body)
        switch status {
        case 409:
            return CommandError(
                "(409) Network with id \(id) is in use",
                details: [
                    raw, "To list all network ports:", "  kamaki port list", "To disconnect servers:",
                    "  kamaki network disconnect \(id) --device-id=SERVER_ID --wait",
                ])
        case 403 where action == "deleted":
            // The tutorial's wording (POLICY.md): the raw line below says why.
            return CommandError(
                "(403) Network with id \(id) is in use", details: [raw, "To see the network:", "  kamaki network info \(id)"])
        case 403:
            return CommandError(
                "(403) Network with id \(id) cannot be \(action)", details: [raw, "To see the network:", "  kamaki network info \(id)"])
        default:
            return notFound(error, kind: .network, id: id)
        }
    }
}
