import KamakiAPI
import KamakiClient

/// Waits with kamaki's messages: a progress line on stderr (only on a terminal, unless `-N`),
/// then `Port 13 status: ACTIVE` or `Port 14 is deleted`.
struct WaitDisplay: Sendable {
    let output: any OutputSink
    let showProgress: Bool

    init(context: CommandContext, noProgressBar: Bool) {
        output = context.output
        showProgress = context.output.errorIsTerminal && !noProgressBar
    }

    /// A progress callback that redraws one line, or nil when no display is wanted.
    func progress(_ label: @escaping @Sendable (String) -> String) -> (@Sendable (WaitProgress) -> Void)? {
        guard showProgress else { return nil }
        let output = self.output
        return { progress in
            let elapsed = Double(progress.elapsed.components.seconds) + Double(progress.elapsed.components.attoseconds) / 1e18
            let total = progress.timeout.components.seconds
            var line = "\(label(TerminalText.escaped(progress.status))) (\(String(format2: elapsed))s of \(total)s)"
            // One screen line: a wrapped part would stay behind when the line is redrawn.
            if let columns = output.columns, columns > 1, line.count >= columns { line = String(line.prefix(columns - 1)) }
            output.write("\r\u{1B}[K\(line)", to: .error)
        }
    }

    /// Clears the progress line.
    func finish() {
        if showProgress { output.write("\r\u{1B}[K", to: .error) }
    }

    /// Waits while a port keeps `status`; prints the final status line.
    func port(_ client: CloudClient, id: String, whileStatus status: String, timeout: Duration = .seconds(60)) async throws -> Port {
        defer { finish() }
        do {
            let port = try await client.waitForPort(
                id, .whileStatus(status), timeout: timeout, progress: progress { "Port \(TerminalText.escaped(id)) status still \($0)" })
            finish()
            output.note("Port \(TerminalText.escaped(id)) status: \(TerminalText.escaped(port.status))")
            return port
        } catch let error as ClientError {
            throw Self.timeout(error, kind: "Port", id: id, command: "kamaki port wait \(id) --while \(status) --timeout 120")
        }
    }

    /// Waits for a port just created to leave BUILD. One the cloud created already settled (ACTIVE,
    /// DOWN) needs no wait: kamaki 0.16 waited while it kept its first status, so it timed out then.
    func created(_ client: CloudClient, _ port: Port) async throws -> Port {
        guard port.status == "BUILD" else {
            output.note("Port \(TerminalText.escaped(port.id)) status: \(TerminalText.escaped(port.status))")
            return port
        }
        return try await self.port(client, id: port.id, whileStatus: "BUILD")
    }

    /// Waits until a port is gone (404); prints `Port N is deleted`.
    func portDeletion(_ client: CloudClient, id: String, timeout: Duration = .seconds(60)) async throws {
        defer { finish() }
        do {
            try await client.waitForPortDeletion(
                id, timeout: timeout, progress: progress { "Port \(TerminalText.escaped(id)) status still \($0)" })
            finish()
            output.note("Port \(TerminalText.escaped(id)) is deleted")
        } catch let error as ClientError {
            throw Self.timeout(error, kind: "Port", id: id, command: "kamaki port info \(id)")
        }
    }

    /// Turns a wait timeout into a clear error (exit 3); other errors pass through.
    static func timeout(_ error: ClientError, kind: String, id: String, command: String) -> any Error {
        guard case .waitTimeout(let last) = error.kind else { return error }
        return CommandError(
            .waitTimeout, "\(kind) \(id): timed out, the status is still \(last)", details: ["To check again:", "  \(command)"])
    }
}
