import KamakiCommands

extension Shell {
    /// The session's completer: ids from the cache of the cloud in use at each Tab (it changes with the
    /// config and `use cloud`), cloud names (config file and clouds.yaml) and option keys from the files as
    /// they are at each Tab, file paths from the run's working folder.
    func makeCompleter() -> Completer {
        let cloud = cloud
        var completer = Completer(catalog: .shared) { kind in cloud.refresher?.entries(kind) ?? [] }
        let (runner, arguments) = (runner, cloud.arguments)
        completer.cloudNames = { runner.sessionCloudNames(arguments: arguments, $0) }
        completer.config = { try? runner.readConfig().get() }
        completer.paths = PathCompleter(workingDirectory: runner.environment.workingDirectory)
        return completer
    }
}
