import ArgumentParser
import KamakiAPI
import KamakiClient

/// A resource that a `wait` command waits on: its statuses and the words of its option help.
protocol StatusWaited {
    static var statuses: [String] { get }
    static var whileHelp: String { get }
    static var untilHelp: String { get }
}

extension Port: StatusWaited {
    static var statuses: [String] { PortStatus.all }
    static var whileHelp: String { "Wait while the port is in this status (BUILD, ACTIVE, DOWN, ERROR)." }
    static var untilHelp: String { "Wait until the port is in this status." }
}

extension Server: StatusWaited {
    static var statuses: [String] { ServerStatus.all }
    static var whileHelp: String { "Wait while in this status (BUILD, ACTIVE, STOPPED, REBOOT, ERROR)." }
    static var untilHelp: String { "Wait until in this status." }
}

/// The options of `port wait` and `server wait`: `--while`/`--until`/`--status` (one at most, a
/// status of `Resource`), `--timeout` and `-N`.
struct StatusWaitOptions<Resource: StatusWaited>: ParsableArguments, Sendable {
    @Option(name: .customLong("while"), help: ArgumentHelp(Resource.whileHelp)) var whileStatus: String?
    @Option(name: .customLong("until"), help: ArgumentHelp(Resource.untilHelp)) var untilStatus: String?
    @Option(name: .customLong("status"), help: "Deprecated: the same as --while.") var status: String?
    @Option(name: .customLong("timeout"), help: "Give up after this many seconds.") var timeout: Int = 60
    @Flag(name: [.customShort("N"), .customLong("no-progress-bar")], help: "Do not show a progress display.") var noProgressBar = false

    func validate() throws {
        let given = [whileStatus, untilStatus, status].compactMap { $0 }
        guard given.count <= 1 else {
            throw ValidationError("Invalid argument combination: use only one of --while, --until, --status")
        }
        if let value = given.first, !Resource.statuses.contains(value.uppercased()) {
            throw ValidationError("Invalid status \(value); use one of \(Resource.statuses.joined(separator: ", "))")
        }
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    /// What to wait for: `--until`, else `--while` (or `--status`), else while BUILD.
    var condition: WaitCondition {
        if let untilStatus { return .untilStatus(untilStatus.uppercased()) }
        return .whileStatus((whileStatus ?? status ?? "BUILD").uppercased())
    }
}
