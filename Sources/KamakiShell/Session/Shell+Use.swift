import KamakiAPI
import KamakiCommands

extension Shell {
    /// The id `text` names for `use`, resolved as a command's id argument is
    /// (``CloudConnection/resolvedID(_:_:)``: a number, a name the id cache knows, else a name in
    /// the cloud's list); without a connection, a number only.
    func resolvedForUse(_ text: String, _ kind: IDKind) -> Result<String, CommandError> {
        guard let connection, !text.allSatisfy(\.isWhitespace) else {
            do {
                return .success(try IDReference.resolve(text, kind: kind, known: []))
            } catch {
                return .failure(error.commandError)
            }
        }
        let resolved = CommandTask.value { () async -> Result<String, CommandError> in
            do {
                return .success(try await connection.resolvedID(text, kind))
            } catch {
                return .failure(error as? CommandError ?? CommandError("\(error)"))
            }
        }
        return resolved ?? .failure(CommandError("Interrupted"))
    }
}
