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

    /// The clouds `use cloud` can choose, from the session's config file: the configured ones, those
    /// of clouds.yaml, and `local` (the embedded cloud) when this kamaki has one and no configured cloud has that name.
    public func sessionCloudNames(arguments: [String]) -> [String] {
        var names = (try? ConfigFile.load(path: sessionConfigPath(arguments: arguments)))?.cloudNames ?? []
        names += ((try? OpenStackCloudsFile.load(environment))?.names ?? []).filter { !names.contains($0) }
        return names + (environment.embeddedCloud != nil && !names.contains("local") ? ["local"] : [])
    }

    func sessionSettings(arguments: [String]) throws -> GlobalSettings {
        arguments.isEmpty ? GlobalSettings() : try GlobalOptions.parse(GlobalOptions.separatingJoinedValues(arguments)).settings
    }
}
