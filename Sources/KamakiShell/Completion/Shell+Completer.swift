import KamakiCommands

extension Shell {
    /// The session's completer: ids from the refresher's cache, cloud names and option keys from the
    /// config file as it is at each Tab, file paths from the run's working folder.
    func makeCompleter() -> Completer {
        var completer = Completer(catalog: .shared) { [refresher] kind in refresher?.entries(kind) ?? [] }
        completer.config = { [runner] in try? runner.readConfig().get() }
        completer.paths = PathCompleter(workingDirectory: runner.environment.workingDirectory)
        return completer
    }
}
