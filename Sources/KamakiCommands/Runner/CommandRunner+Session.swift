import ArgumentParser
import Foundation

extension CommandRunner {
    /// The connection a shell keeps for its session, from the shell's own global options;
    /// `cloud` (the session's `use cloud NAME`) stands for their `--cloud`.
    public func sessionConnection(arguments: [String], cloud: String?, output: any OutputSink) throws -> CloudConnection {
        var global = try sessionSettings(arguments: arguments)
        if let cloud { global.cloud = cloud }
        return try makeContext(global: global, output: output, session: nil, connection: nil).connection()
    }

    /// The config file the session's cloud comes from (the shell's `-c`, else the default one).
    public func sessionConfigPath(arguments: [String]) -> String {
        environment.configPath(option: (try? sessionSettings(arguments: arguments))?.configPath)
    }

    /// The clouds `use cloud` and `--cloud` can choose (or `--os-cloud`, with `.openStack`), from the
    /// session's config file and clouds.yaml, and `local` when this kamaki has the embedded cloud (``CloudNames``).
    public func sessionCloudNames(arguments: [String], _ scope: CloudNames.Scope = .any) -> [String] {
        let config = try? ConfigFile.load(path: sessionConfigPath(arguments: arguments))
        return CloudNames.list(scope, config: config, environment: environment, local: environment.embeddedCloud != nil)
    }

    func sessionSettings(arguments: [String]) throws -> GlobalSettings {
        arguments.isEmpty ? GlobalSettings() : try GlobalOptions.parse(GlobalOptions.separatingJoinedValues(arguments)).settings
    }
}
