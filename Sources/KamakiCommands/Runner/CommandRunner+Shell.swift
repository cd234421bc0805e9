import ArgumentParser
import Foundation

extension CommandRunner {
    /// The default config file (`--config` aside), as a shell line reads it: once, for its history
    /// entry (``maskedForHistory(_:config:)``, ``record(line:config:)``) and its command
    /// (``run(_:output:session:connection:config:)``).
    public func readConfig() -> Result<ConfigFile, any Error> {
        Result { try ConfigFile.load(path: environment.configPath(option: nil)) }
    }
}

extension CommandRunner {
    /// The error block and exit status for an error raised while setting up a session
    /// (bad global options, an unresolvable cloud), as one-shot commands present them.
    public func presentation(of error: any Error, columns: Int?) -> (text: String, status: Int32) {
        if error is CommandError { return ErrorPresenter.block(for: error) }
        let code = Kamaki.exitCode(for: error)
        let message = Kamaki.fullMessage(for: error, columns: Kamaki.helpColumns(columns))
        return (message + "\n", code == .success ? ExitStatus.success : ExitStatus.usage)
    }
}

extension CommandRunner {
    /// The error block and exit status for an error from `cloud` met outside a command (the shell
    /// reading a cloud to start a tutorial), as a command's would be.
    public func presentation(ofCloudError error: any Error, cloud: CloudTarget?) -> (text: String, status: Int32) {
        ErrorPresenter.block(for: error, cloud: cloud)
    }
}
