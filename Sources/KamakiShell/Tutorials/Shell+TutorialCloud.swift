import KamakiAPI
import KamakiClient
import KamakiCommands

/// Which steps a tutorial walks on the session's cloud: the embedded cloud and Synnefo clouds walk the
/// steps written with the tutorial world's ids; an OpenStack cloud walks its own steps, with the ids
/// of this project's servers and external network found first, and those of what the steps make
/// taken from their output.
extension Shell {
    /// Loads `name` for the session's cloud and starts or resumes it. Tutorials create and delete
    /// resources: on a cloud other than the embedded one, only interactively, and after a question,
    /// asked once the cloud was read and the tutorial can run there.
    func open(_ name: String, reader: (any LineReader)?) -> Int32 {
        let key = progressKey(name)
        guard let connection, connection.target != .embedded else {
            do {
                return begin(try Tutorial.load(name), key: key, found: TutorialBindings(), reader: reader)
            } catch {
                reportFailure("\(error)")
                return ExitStatus.failure
            }
        }
        let cloud = TerminalText.escaped(connection.target.name)
        guard let reader, reader.isInteractive else {
            output.note(
                "The \(name) tutorial creates and deletes resources; it runs on the embedded cloud (--cloud local), or interactively after a confirmation."
            )
            reportFailure("The tutorial did not start.")
            return ExitStatus.failure
        }
        output.note("Reading cloud \"\(cloud)\" for the tutorial's servers and networks…")
        let left = tutorialProgress.entry(of: key)
        let ours = left.step > 0 ? Set(left.bindings.values.values) : []
        let read = CommandTask.value { () async -> Result<(Tutorial, TutorialBindings), any Error> in
            do {
                let client = try await connection.client()
                let tutorial = try Tutorial.load(name, dialect: try await client.dialect())
                guard tutorial.cloud == "openstack" else { return .success((tutorial, TutorialBindings())) }
                return .success((tutorial, try await OpenStackTutorialWorld.bindings(client, ours: ours)))
            } catch {
                return .failure(error)
            }
        }
        switch read {
        case nil:
            reportFailure("Interrupted; the tutorial did not start.")
            return ExitStatus.interrupted
        case .failure(let error)? where error is TutorialWorldError || error is TutorialError:
            reportFailure("\(error)\nThe tutorial did not start.")
            return ExitStatus.failure
        case .failure(let error)?:
            let block = runner.presentation(ofCloudError: error, cloud: connection.target)
            output.failure(block.text)
            reportFailure("The tutorial did not start.")
            return block.status
        case .success(let (tutorial, found))?:
            output.line("The \(name) tutorial creates and deletes resources on cloud \"\(cloud)\", not the embedded local cloud.")
            guard ask("Continue?", reader: reader) else {
                reportFailure("The tutorial did not start.")
                return ExitStatus.failure
            }
            return begin(tutorial, key: key, found: found, reader: reader)
        }
    }

    /// `tutorial reset` on a cloud other than the embedded one: kamaki resets no such cloud, so the
    /// tutorial (the running one, else network) starts over at step 1, and what its steps made is
    /// named, as the progress it is forgotten with was the only record of it.
    func startOver(on connection: CloudConnection, reader: (any LineReader)?) -> Int32 {
        let name = guide?.tutorial.name ?? "network"
        let key = progressKey(name)
        let steps = guide?.tutorial.steps ?? (try? Tutorial.load(name, dialect: .openstack))?.steps ?? []
        let bindings = guide?.bindings ?? tutorialProgress.entry(of: key).bindings
        let made = steps.flatMap { step in
            (step.capture ?? [:]).filter { $0.value == "id" }.keys.sorted().compactMap { binding in
                bindings[binding].map {
                    "\(TerminalText.escaped($0)) (\(step.command.split(separator: " ").prefix(3).joined(separator: " ")))"
                }
            }
        }
        output.line(
            "kamaki resets only the embedded local cloud, not cloud \"\(TerminalText.escaped(connection.target.name))\": "
                + "the \(name) tutorial starts over at step 1.")
        if !made.isEmpty {
            output.line("What its steps made stays on that cloud, if it is still there:")
            for line in made { output.line("  \(line)") }
        }
        tutorialProgress.save(key, step: 0)
        guard guide != nil else {
            output.line("`tutorial \(name)` starts it.")
            return ExitStatus.success
        }
        guide = nil
        return open(name, reader: reader)
    }

    /// Where `name`'s progress is kept: by name on the embedded cloud; on another, with the cloud's
    /// name too, since the ids its steps took are that cloud's.
    func progressKey(_ name: String) -> String {
        guard let connection, connection.target != .embedded else { return name }
        return name + "@" + connection.target.name
    }

    /// Records where `guide` is, with the values its steps took.
    func save(_ guide: TutorialGuide) {
        tutorialProgress.save(guide.key, step: guide.index, bindings: guide.bindings, steps: guide.tutorial.steps.count)
    }
}
