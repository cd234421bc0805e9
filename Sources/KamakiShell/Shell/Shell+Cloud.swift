import KamakiAPI
import KamakiCommands

extension Shell {
    /// Re-reads the session's cloud when the config file changed (a `config set` here, an edit
    /// elsewhere), says so when commands now use another cloud, and updates the prompt.
    func followConfigChanges() {
        switch cloud.adoptConfigChanges() {
        case .none:
            return
        case .switched(let sameCloud):
            cloudChanged(sameCloud: sameCloud)
            let name = TerminalText.escaped(context.cloud ?? "")
            output.note("kamaki: the config changed; commands now use cloud \"\(name)\"")
        case .unusable(let reason):
            cloudChanged(sameCloud: false)
            output.note("kamaki: the config changed, and no cloud can be used: \(TerminalText.escaped(reason))")
        }
    }

    /// `use cloud NAME`: switches the session's cloud (``SessionCloud/choose(_:)``).
    func useCloud(_ name: String) -> Int32 {
        switch cloud.choose(name) {
        case .success(let change):
            if case .switched(let sameCloud) = change { cloudChanged(sameCloud: sameCloud) }
            return ExitStatus.success
        case .failure(.unknown(let message)):
            output.note(message)
            return ExitStatus.usage
        case .failure(.unusable(let block)):
            output.write(block, to: .error)
            return ExitStatus.failure
        }
    }

    /// The prompt names the new cloud; the selected network and server belonged to the old one, and
    /// so does a running tutorial's progress (its ids are that cloud's): it stops, kept for that cloud.
    func cloudChanged(sameCloud: Bool) {
        context.cloud = connection?.target.promptName
        guard !sameCloud else { return }
        context.session.network = nil
        context.session.server = nil
        if let current = guide, current.key != progressKey(current.tutorial.name) {
            save(current)
            guide = nil
            output.note(
                "The \(current.tutorial.name) tutorial stopped: its steps were for the cloud the session left; "
                    + "`tutorial \(current.tutorial.name)` there resumes it.")
        }
    }
}
