import Logging

/// A swift-log handler that writes message text to a command's error stream (for `-v`, `-vv`, `-d`).
struct SinkLogHandler: LogHandler {
    let output: any OutputSink
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        output.write("\(event.message)\n", to: .error)
    }
}
